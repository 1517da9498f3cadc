import { cookies } from 'next/headers.js'
import { cache } from 'react'

import { siteApi } from '../siteApi.js'
import { sessionCookieName } from './sessionCookieName.js'

/**
 * The reader signed in to the site, from `GET /api/readers/me` (once per page render), or null: no session cookie,
 * an expired one, or a staff session (staff are not readers).
 */
export const readSignedInReader = cache(async () => {
  if (!(await cookies()).has(sessionCookieName)) return null
  const api = await siteApi()
  const { data } = await api.GET('/api/readers/me')
  return data?.user ?? null
})
