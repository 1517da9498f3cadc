import { notFound } from 'next/navigation.js'

import { siteApi } from '../siteApi.js'
import { tokenHeaders } from './tokenHeaders.js'

/** What Next gives a page under `/responses/[id]`. */
export type PrivateResponsePageProps = {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/**
 * The response a private page is about, read as its respondent with the link's token (`?token=`). Without the
 * token, or with a wrong one, the API answers 404 and so does the page.
 */
export const readPrivateResponse = async ({ params, searchParams }: PrivateResponsePageProps) => {
  const { id } = await params
  const query = await searchParams
  const token = typeof query.token === 'string' ? query.token : ''
  const api = await siteApi()
  const { data } = await api.GET('/api/responses/{id}', {
    headers: tokenHeaders(token),
    params: { path: { id } },
  })
  if (!data) notFound()
  return { data, id, query, token }
}
