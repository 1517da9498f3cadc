import type { Endpoint } from 'payload'

import { CommentRefusal } from '../CommentRefusal.js'

/**
 * Payload answers a thrown `CommentRefusal` like any APIError, but its error handler sets no header of its
 * own: it does merge the request's `responseHeaders`, so a 429 gets `Retry-After` there on its way out, as
 * clients and proxies expect.
 */
export const answerRefusals = (endpoints: Endpoint[]): Endpoint[] =>
  endpoints.map((endpoint) => ({
    ...endpoint,
    handler: async (req) => {
      try {
        return await endpoint.handler(req)
      } catch (error) {
        if (error instanceof CommentRefusal && error.retryAfterSeconds !== undefined) {
          req.responseHeaders = new Headers(req.responseHeaders)
          req.responseHeaders.set('Retry-After', String(error.retryAfterSeconds))
        }
        throw error
      }
    },
  }))
