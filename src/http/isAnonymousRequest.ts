import type { Request } from 'express'

/**
 * No `Authorization` header (JWT or API key) and no session cookie: Payload answers such a request as
 * it would anyone else's, so its answer may be shared. A stale or forged token still counts as a
 * session here: it is never worth risking one person's answer for another.
 */
export const isAnonymousRequest = (req: Request, cookieName: string): boolean =>
  !req.headers.authorization && !req.headers.cookie?.includes(`${cookieName}=`)
