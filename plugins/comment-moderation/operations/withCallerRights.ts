import type { PayloadRequest } from 'payload'

import type { Caller } from '../types.js'

/**
 * Options that run one Local API call in the caller's own name, inside the request's transaction: the
 * collections' access functions decide what it reaches. The counterpart of `withSystemRights`.
 */
export const withCallerRights = (req: PayloadRequest, caller: Caller) => ({
  overrideAccess: false as const,
  req,
  user: caller.user,
})
