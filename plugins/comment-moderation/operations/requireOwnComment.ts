import type { PayloadRequest } from 'payload'

import type { Caller, SanitizedCommentModerationConfig } from '../types.js'

import { ownCommentsWhere } from '../access/ownCommentsWhere.js'
import { CommentRefusal } from '../CommentRefusal.js'
import { readFirst } from './readFirst.js'
import { withCallerRights } from './withCallerRights.js'

export type OwnComment = {
  article: unknown
  author?: { reader?: unknown; staff?: unknown }
  body: string
  createdAt: string
  deleted?: boolean
  id: number | string
  status: string
}

/**
 * The comment, if the signed-in reader or staff member wrote it, read with
 * their own access. Anyone else gets 404 for someone else's comment, so
 * authorship is not revealed; guests have no account to prove authorship with.
 */
export const requireOwnComment = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  caller: Caller,
  id: string,
): Promise<OwnComment> => {
  const own = ownCommentsWhere(caller.user, options)
  const comment = own
    ? await readFirst<OwnComment>({
        ...withCallerRights(req, caller),
        collection: options.commentsSlug,
        where: { and: [{ id: { equals: id } }, own] },
      })
    : undefined
  if (!comment) throw new CommentRefusal('commentNotFound')
  return comment
}
