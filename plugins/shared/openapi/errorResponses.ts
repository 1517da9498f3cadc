import { z } from 'zod'

import type { OpenApiResponse } from './OpenApiOperation.js'

/** Payload's error body, which parseInput, APIError and the refusals all answer with. */
export const errorBody = z.object({
  errors: z
    .array(
      z.object({
        data: z.unknown().optional(),
        message: z.string(),
        name: z.string().optional(),
      }),
    )
    .min(1),
})

const meanings: Record<number, string> = {
  400: 'The input is invalid; `errors[0].data.errors` names each field and why.',
  401: 'Nobody is signed in.',
  403: 'The caller may not do this.',
  404: 'Not found, or not the caller’s to see.',
  409: 'Not possible in the resource’s current state.',
  429: 'Too many requests; `Retry-After` says how many seconds to wait.',
}

const retryAfter = {
  'Retry-After': { description: 'Seconds to wait before trying again.', type: 'integer' },
} as const

/** The documented error answers of an endpoint, each with Payload's error body; a 429 says when to retry. */
export const errorResponses = (...statuses: number[]): Record<number, OpenApiResponse> =>
  Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: meanings[status] ?? 'An error.',
        ...(status === 429 ? { headers: retryAfter } : {}),
        schema: errorBody,
      },
    ]),
  )
