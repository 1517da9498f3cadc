import type { SanitizedConfig } from 'payload'

import type { JsonSchema } from './fieldsSchema.js'

import { collectionReadOperations } from './collectionReadOperations.js'
import { describedOperation } from './describedOperation.js'
import { endpointOperations } from './endpointOperations.js'
import { openApiPath } from './openApiPath.js'
import { readerAuthOperations } from './readerAuthOperations.js'

/** The collections whose public reads a front end uses, described from their fields. */
export const readCollections = ['articles', 'categories', 'media'] as const

/**
 * The OpenAPI 3.1 description of the API a front end uses, generated from the code: the custom
 * endpoints from the descriptions they carry (their zod schemas), Payload's read routes from the
 * collections' fields, the readers' auth routes from readerAuthOperations.
 */
export const buildOpenApiDocument = (config: SanitizedConfig, version: string): JsonSchema => {
  const components: Record<string, JsonSchema> = {}
  const api = config.routes.api
  const documented = new Set<string>(readCollections)
  const operations = [
    ...config.collections
      .filter((collection) => documented.has(collection.slug))
      .flatMap((collection) => collectionReadOperations(api, collection, documented, components)),
    ...readerAuthOperations.map(({ description, method, path }) =>
      describedOperation(method, openApiPath(`${api}/readers${path}`), description, components),
    ),
    ...endpointOperations(config, components),
  ]
  const paths: Record<string, Record<string, JsonSchema>> = {}
  for (const { method, operation, path } of operations) {
    paths[path] = { ...paths[path], [method]: operation }
  }
  return {
    openapi: '3.1.0',
    info: {
      description:
        'The API a front end of Kindred uses. Browsers may also send the session cookie that login sets ' +
        `(\`${config.cookiePrefix}-token\`) instead of the bearer token. Errors answer \`{ errors: [{ message, data? }] }\`.`,
      title: 'Kindred API',
      version,
    },
    servers: config.serverURL ? [{ url: config.serverURL }] : undefined,
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        commentToken: {
          description:
            'The `authorToken`s posting comments answered, comma-separated: their author reads them while held.',
          in: 'header',
          name: 'X-Comment-Token',
          type: 'apiKey',
        },
        jwt: {
          bearerFormat: 'JWT',
          description: 'The `token` a login answers, as `Authorization: Bearer <token>` (or `JWT <token>`).',
          scheme: 'bearer',
          type: 'http',
        },
        responseToken: {
          description: 'The `token` a started response answers: the private link to it.',
          in: 'header',
          name: 'X-Response-Token',
          type: 'apiKey',
        },
      },
    },
  }
}
