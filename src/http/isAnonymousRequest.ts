import type { Request } from 'express'

/** What makes a read someone's own: the session cookie's name and any header that names the caller. */
export type Credentials = {
  cookieName: string
  /** Headers that make a read the caller's own like a session does (a guest's comment author token). */
  personalHeaders?: string[]
}

/**
 * No `Authorization` header (JWT or API key), no session cookie and no personal header: Payload
 * answers such a request as it would anyone else's, so its answer may be shared. A stale or forged
 * token still counts as a session here: it is never worth risking one person's answer for another.
 */
export const isAnonymousRequest = (
  req: Request,
  { cookieName, personalHeaders = [] }: Credentials,
): boolean =>
  !req.headers.authorization &&
  !req.headers.cookie?.includes(`${cookieName}=`) &&
  !personalHeaders.some((name) => req.headers[name] !== undefined)
