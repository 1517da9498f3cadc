import type { z } from 'zod'

import { APIError } from 'payload'

/**
 * Parses an endpoint's input; a mismatch is a 400 listing every field and why,
 * in Payload's own error shape (`errors[0].data.errors[]`).
 */
export const parseInput = <Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> => {
  const result = schema.safeParse(input ?? {})
  if (result.success) return result.data
  const errors = result.error.issues.flatMap((issue) => {
    const at = (key?: string) => [...issue.path, ...(key ? [key] : [])].join('.') || '(body)'
    // One entry per unknown key, so a client sees each field it should not have sent.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ message: 'This field does not exist.', path: at(key) }))
    }
    return [{ message: issue.message, path: at() }]
  })
  throw new APIError('The request is invalid.', 400, { errors }, true)
}
