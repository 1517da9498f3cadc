import type { PayloadRequest } from 'payload'

/**
 * The one way host code acts with the system's rights: a Local API call spread with
 * this bypasses access control, inside the request's transaction. Every use says why
 * in a comment beside it; anything a caller may do in their own name uses
 * `overrideAccess: false, user: req.user` instead.
 */
export const withSystemRights = (req: PayloadRequest) => ({ overrideAccess: true as const, req })
