import type { z } from 'zod'

/** One documented answer: what it means and, for JSON answers, the shape of its body. */
export type OpenApiResponse = {
  description: string
  /** Headers the answer carries, by name: what each means (their values are integers of seconds or strings). */
  headers?: Record<string, { description: string; type: 'integer' | 'string' }>
  schema?: z.ZodType
}

/** How a caller proves who they are, as `components.securitySchemes` names it. */
export type OpenApiSecurity = 'commentToken' | 'jwt' | 'responseToken'

/**
 * The OpenAPI description of one custom endpoint, carried in the endpoint's `custom.openapi`
 * so it lives beside the handler it describes; src/openapi turns it into the document served at
 * `/api/openapi.json`. Request schemas are the ones the handler parses with, so they cannot drift.
 */
export type OpenApiOperation = {
  /** The JSON body the handler parses, if any. */
  body?: z.ZodType
  /** Longer text under the summary: who may call, and what changes. */
  description?: string
  /** Path parameters' meaning, by name (`:id` → `id`). */
  params?: Record<string, string>
  /** The query the handler parses, if any: an object schema, one parameter per key. */
  query?: z.ZodType
  responses: Record<number, OpenApiResponse>
  /** Ways to authenticate that the endpoint accepts besides none. */
  security?: OpenApiSecurity[]
  summary: string
  tags: string[]
}

/** The `custom` field of an endpoint that carries its description. */
export type WithOpenApi = { openapi: OpenApiOperation }
