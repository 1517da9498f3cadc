import type { PayloadRequest } from 'payload'

/**
 * The one way the plugin acts with the system's rights: a Local API call spread with this
 * bypasses access control, inside the request's transaction. Every use says why beside it;
 * anything a caller may do in their own name goes through the collections' access instead.
 */
export const asSystem = (req: PayloadRequest) => ({ overrideAccess: true as const, req })
