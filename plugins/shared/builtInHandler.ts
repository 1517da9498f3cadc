import type { CollectionSlug, PayloadHandler, PayloadRequest } from 'payload'

/**
 * Payload's own handler for `method` on `path` (`/:id` unless told), for a custom
 * endpoint on the same path that hands some callers over to it. Custom endpoints
 * come first in the collection's list, so the built-in one is the last match.
 */
export const builtInHandler = (
  req: PayloadRequest,
  collection: CollectionSlug,
  method: 'delete' | 'get' | 'patch' | 'post',
  path = '/:id',
): PayloadHandler => {
  const endpoints = req.payload.collections[collection].config.endpoints || []
  const matches = endpoints.filter((endpoint) => endpoint.path === path && endpoint.method === method)
  return matches[matches.length - 1].handler
}
