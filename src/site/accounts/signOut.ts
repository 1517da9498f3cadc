'use server'

import { cookies } from 'next/headers.js'
import { redirect } from 'next/navigation.js'

import { siteApi } from '../siteApi.js'
import { relaySessionCookies } from './relaySessionCookies.js'
import { sessionCookieName } from './sessionCookieName.js'

/**
 * Signs out through `POST /api/readers/logout`, which ends the session on the server and expires the cookie. The
 * session goes as the `Authorization: JWT` header: Next has already checked that this action was posted from our
 * own pages, and the API refuses cookie writes that carry no browser origin.
 */
export const signOut = async (): Promise<void> => {
  const jar = await cookies()
  const token = jar.get(sessionCookieName)?.value
  if (token) {
    const api = await siteApi()
    const { response } = await api.POST('/api/readers/logout', {
      headers: { authorization: `JWT ${token}`, cookie: null },
    })
    await relaySessionCookies(response)
    // Whatever the API answered (an expired session, a staff session), this browser is signed out of the site.
    jar.delete(sessionCookieName)
  }
  redirect('/')
}
