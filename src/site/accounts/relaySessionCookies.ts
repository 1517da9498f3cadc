import { cookies } from 'next/headers.js'

import { sessionCookieOf } from './sessionCookieOf.js'

/**
 * Hands the browser the cookies an API answer set (the session on sign-in, its expiry on sign-out): the API was
 * called by this server, so its `Set-Cookie` would otherwise stop here. Only in a server action.
 */
export const relaySessionCookies = async (response: Response): Promise<void> => {
  const jar = await cookies()
  for (const header of response.headers.getSetCookie()) {
    const cookie = sessionCookieOf(header)
    if (cookie) jar.set(cookie)
  }
}
