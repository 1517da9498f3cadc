import type { SanitizedConfig } from 'payload'

import type { OpenApiOperation } from '@kindred/plugin-shared'
import type { DocumentedOperation } from './describedOperation.js'
import type { JsonSchema } from './fieldsSchema.js'

import { describedOperation } from './describedOperation.js'
import { openApiPath } from './openApiPath.js'

/**
 * Every custom endpoint whose `custom.openapi` describes it: the plugins' endpoints under their
 * collections, and root endpoints. Payload's own routes are described from the collections instead.
 */
export const endpointOperations = (
  config: SanitizedConfig,
  components: Record<string, JsonSchema>,
): DocumentedOperation[] => {
  const api = config.routes.api
  const mounted = [
    ...config.collections.flatMap((collection) =>
      (collection.endpoints || []).map((endpoint) => ({ base: `${api}/${collection.slug}`, endpoint })),
    ),
    ...(config.endpoints ?? []).map((endpoint) => ({ base: api, endpoint })),
  ]
  return mounted.flatMap(({ base, endpoint }) => {
    const description = endpoint.custom?.openapi as OpenApiOperation | undefined
    if (!description) return []
    const path = openApiPath(`${base}${endpoint.path === '/' ? '' : endpoint.path}`)
    return [describedOperation(endpoint.method, path, description, components)]
  })
}
