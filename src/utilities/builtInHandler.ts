import type { CollectionSlug, PayloadHandler, PayloadRequest } from 'payload'

/**
 * Payload's own `/:id` handler for `method`, for a custom endpoint on the same
 * path that hands some callers over to it. Custom endpoints come first in the
 * collection's list, so the built-in one is the last match.
 */
export const builtInHandler = (
  req: PayloadRequest,
  collection: CollectionSlug,
  method: 'delete' | 'get' | 'patch',
): PayloadHandler => {
  const endpoints = req.payload.collections[collection].config.endpoints || []
  const matches = endpoints.filter((endpoint) => endpoint.path === '/:id' && endpoint.method === method)
  return matches[matches.length - 1].handler
}
