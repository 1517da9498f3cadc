import { cookies } from 'next/headers.js'
import { cache } from 'react'

import { readSignedInReader } from '../accounts/readSignedInReader.js'
import { sessionCookieName } from '../accounts/sessionCookieName.js'
import { siteApi } from '../siteApi.js'

/**
 * A published article by slug, read once per page render (metadata and page share it); null when there is none.
 * A reader may read exactly what anyone may of an article (published and due: collections/Articles' access), so a
 * signed-in reader's page asks for it without their session and is answered from the API's read cache, not by a
 * query of its own. A staff session is kept: staff see what readers do not.
 */
export const readArticle = cache(async (slug: string) => {
  const asAnyone = !(await cookies()).has(sessionCookieName) || (await readSignedInReader()) !== null
  const api = await siteApi({ session: !asAnyone })
  const { data } = await api.GET('/api/articles', {
    params: { query: { depth: 1, limit: 1, where: { slug: { equals: slug } } } },
  })
  return data?.docs[0] ?? null
})

export type SiteArticle = NonNullable<Awaited<ReturnType<typeof readArticle>>>
