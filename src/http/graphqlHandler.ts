import type { configToSchema } from '@payloadcms/graphql'
import type { SanitizedConfig } from 'payload'

import {
  addDataAndFileToRequest,
  createPayloadRequest,
  headersWithCors,
  logError,
  mergeHeaders,
} from 'payload'

type Schema = ReturnType<typeof configToSchema>

type GraphQLFailure = { message: string; originalError?: { data?: unknown; name?: string; status?: number } }

/**
 * Payload's GraphQL API as a Web handler, the way `@payloadcms/next` serves it,
 * without pulling Next into an API-only process. GraphQL is loaded and its
 * schema built on the first query, which keeps it off the cold start.
 */
export const graphqlHandler = (
  config: Promise<SanitizedConfig> | SanitizedConfig,
  payloadInstanceCacheKey?: string,
) => {
  let schema: Promise<Schema> | undefined
  return async (request: Request): Promise<Response> => {
    const original = request.clone()
    const req = await createPayloadRequest({ canSetHeaders: true, config, payloadInstanceCacheKey, request })
    const { payload } = req
    if (payload.config.graphQL?.disable) return new Response(null, { status: 404 })
    await addDataAndFileToRequest(req)
    schema ??= import('@payloadcms/graphql').then(({ configToSchema }) => configToSchema(payload.config))
    const built = await schema
    const [{ createHandler }, { parseGraphQLDocument }, { rootFieldLimit }] = await Promise.all([
      import('graphql-http/lib/use/fetch'),
      import('./parseGraphQLDocument.js'),
      import('./rootFieldLimit.js'),
    ])
    const headers: Record<string, string> = {}
    const response = await createHandler({
      context: { headers, req },
      onOperation: (_request, _args, result) => {
        if (!result.errors) return result
        return {
          ...result,
          errors: (result.errors as readonly GraphQLFailure[]).map((error) => {
            const status = error.originalError?.status ?? 500
            if (status >= 500) logError({ err: error, payload })
            return {
              extensions: {
                name: error.originalError?.name,
                data: error.originalError?.data,
                statusCode: status,
              },
              // A 500 can carry anything, so its detail stays in the log.
              message: status >= 500 && !payload.config.debug ? 'Something went wrong.' : error.message,
            }
          }),
        } as never
      },
      // Size limits first: cheap checks before Payload's complexity rule walks the document.
      parse: parseGraphQLDocument,
      schema: built.schema,
      validationRules: (_request, args, defaultRules) => [
        rootFieldLimit,
        ...defaultRules,
        ...built.validationRules(args),
      ],
    })(original)
    const responseHeaders = headersWithCors({ headers: new Headers(response.headers), req })
    for (const [name, value] of Object.entries(headers)) responseHeaders.append(name, value)
    return new Response(response.body, {
      headers: req.responseHeaders ? mergeHeaders(req.responseHeaders, responseHeaders) : responseHeaders,
      status: response.status,
    })
  }
}
