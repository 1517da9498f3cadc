import type { z } from 'zod'

import type { OpenApiOperation } from '@kindred/plugin-shared'
import type { JsonSchema } from './fieldsSchema.js'

import { zodSchema } from './zodSchema.js'

/** An operation of the document, keyed by its OpenAPI path (`/api/comments/{id}`) and method. */
export type DocumentedOperation = { method: string; operation: JsonSchema; path: string }

const securitySchemes = { commentToken: 'commentToken', jwt: 'jwt', responseToken: 'responseToken' } as const

const operationId = (method: string, path: string) =>
  method +
  path
    .replace(/^\/api/, '')
    .split(/[/{}-]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('')

/** One query parameter per key of the endpoint's query schema. */
const queryParameters = (schema: JsonSchema) => {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>
  const required = new Set((schema.required ?? []) as string[])
  return Object.entries(properties).map(([name, property]) => ({
    in: 'query',
    name,
    required: required.has(name),
    schema: property,
  }))
}

/** The OpenAPI operation of one described custom endpoint. */
export const describedOperation = (
  method: string,
  path: string,
  description: OpenApiOperation,
  components: Record<string, JsonSchema>,
): DocumentedOperation => {
  const id = operationId(method, path)
  const convert = (schema: z.ZodType, io: 'input' | 'output', part: string) =>
    zodSchema(schema, io, `${id}${part}`, components)
  // An endpoint that answers 401 needs a caller; the others also serve anonymous callers.
  const anonymous = !(401 in description.responses)
  const security = [
    ...(anonymous ? [{}] : []),
    ...(description.security ?? []).map((scheme) => ({ [securitySchemes[scheme]]: [] })),
  ]
  const pathParameters = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    description: description.params?.[name],
    in: 'path',
    name,
    required: true,
    schema: { type: 'string' },
  }))
  return {
    method,
    operation: {
      description: description.description,
      operationId: id,
      parameters: [
        ...pathParameters,
        ...(description.query ? queryParameters(convert(description.query, 'input', 'Query')) : []),
      ],
      ...(description.body
        ? {
            requestBody: {
              content: { 'application/json': { schema: convert(description.body, 'input', 'Body') } },
              required: true,
            },
          }
        : {}),
      responses: Object.fromEntries(
        Object.entries(description.responses).map(([status, response]) => [
          status,
          {
            description: response.description,
            ...(response.headers
              ? {
                  headers: Object.fromEntries(
                    Object.entries(response.headers).map(([name, { description: meaning, type }]) => [
                      name,
                      { description: meaning, schema: { type } },
                    ]),
                  ),
                }
              : {}),
            ...(response.schema
              ? { content: { 'application/json': { schema: convert(response.schema, 'output', status) } } }
              : {}),
          },
        ]),
      ),
      security: security.length ? security : undefined,
      summary: description.summary,
      tags: description.tags,
    },
    path,
  }
}
