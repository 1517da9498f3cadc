import type { PayloadRequest } from 'payload'

/**
 * Options that run one Local API call with system rights, inside the request's
 * transaction: `req.payload.find({ ...withSystemRights(req), collection, where })`.
 * Everything a caller may do themselves runs with their own access
 * (`withCallerRights(req, caller)`) instead. This is for the work the
 * system does for everyone and nobody may do by hand (the audit log, rate-limit
 * records, counts, facts about a commenter's history, erasure); each use says
 * why it needs these rights.
 */
export const withSystemRights = (req: PayloadRequest) => ({ overrideAccess: true as const, req })
