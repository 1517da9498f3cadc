import type { components } from '../../client/schema.js'

import { siteApi } from '../siteApi.js'
import { heldCommentsCookie } from './heldCommentsCookie.js'

export type ThreadComment = components['schemas']['getArticlesIdOrSlugComments200__schema0']

/**
 * One page of an article's comment threads as this reader may see them: approved comments, and their own held
 * ones (a reader's by session, a guest's by the author tokens this browser keeps). Null when the API has none.
 */
export const readThread = async (slug: string, page: number) => {
  const api = await siteApi()
  const tokens = await heldCommentsCookie.read()
  const { data } = await api.GET('/api/articles/{idOrSlug}/comments', {
    headers: tokens ? { 'X-Comment-Token': tokens } : undefined,
    params: { path: { idOrSlug: slug }, query: { limit: 20, page, sort: 'oldest' } },
  })
  return data ?? null
}
