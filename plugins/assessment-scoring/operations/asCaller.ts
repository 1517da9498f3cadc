import type { PayloadRequest } from 'payload'

/** A Local API call in the caller's own name: the collections' access functions decide what it reaches. */
export const asCaller = (req: PayloadRequest) => ({ overrideAccess: false as const, req, user: req.user })
