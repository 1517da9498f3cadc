import type { PayloadRequest } from 'payload'

import type { ArticleCommentSettings } from '../core/index.js'
import type { Caller, SanitizedCommentModerationConfig } from '../types.js'

import { CommentRefusal } from '../CommentRefusal.js'
import { withCallerRights } from './withCallerRights.js'

export type CommentableArticle = ArticleCommentSettings & { commentCount: number; id: number | string }

type Stored = {
  closeCommentsAfterDays?: null | number
  commentCount?: null | number
  comments?: 'closed' | 'open' | null
  id: number | string
  publishedAt?: null | string
}

const select = {
  closeCommentsAfterDays: true,
  commentCount: true,
  comments: true,
  publishedAt: true,
} as const

const commentable = (doc: Stored): CommentableArticle => ({
  closeCommentsAfterDays: doc.closeCommentsAfterDays ?? null,
  commentCount: doc.commentCount ?? 0,
  comments: doc.comments ?? 'open',
  id: doc.id,
  publishedAt: doc.publishedAt ?? null,
})

/**
 * The article by id or slug, as the caller may see it: a draft or a scheduled
 * article is "not found" to readers, exactly as through the articles API.
 */
export const readArticle = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  caller: Caller,
  idOrSlug: string,
): Promise<CommentableArticle> => {
  const lookup = {
    ...withCallerRights(req, caller),
    collection: options.articlesSlug,
    depth: 0,
    select: select as never,
  }
  const bySlug = await req.payload.find({
    ...lookup,
    limit: 1,
    pagination: false,
    where: { slug: { equals: idOrSlug } },
  })
  if (bySlug.docs[0]) return commentable(bySlug.docs[0] as unknown as Stored)
  try {
    return commentable((await req.payload.findByID({ ...lookup, id: idOrSlug })) as unknown as Stored)
  } catch {
    // A malformed id and a missing article are the same to the caller.
    throw new CommentRefusal('articleNotFound')
  }
}
