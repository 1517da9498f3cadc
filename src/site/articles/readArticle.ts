import { cache } from 'react'

import { siteApi } from '../siteApi.js'

/** A published article by slug, read once per page render (metadata and page share it); null when there is none. */
export const readArticle = cache(async (slug: string) => {
  const api = await siteApi()
  const { data } = await api.GET('/api/articles', {
    params: { query: { depth: 1, limit: 1, where: { slug: { equals: slug } } } },
  })
  return data?.docs[0] ?? null
})

export type SiteArticle = NonNullable<Awaited<ReturnType<typeof readArticle>>>
