import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { messages } from '../messages.js'
import { isAuthorOf } from './isAuthorOf.js'
import { findFirst } from '../../../src/utilities/findFirst.js'

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
 * The comment, if the signed-in reader or staff member wrote it. Anyone else
 * gets 404 for someone else's comment, so authorship is not revealed; guests
 * have no account to prove authorship with and cannot edit.
 */
export const findOwnComment = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  id: string,
): Promise<OwnComment> => {
  const comment = await findFirst<OwnComment>(req, {
    collection: options.commentsSlug,
    where: { id: { equals: id } },
  })
  if (!comment || comment.deleted || !isAuthorOf(comment, req.user, options)) {
    throw new APIError(messages.commentNotFound, 404, undefined, true)
  }
  return comment
}
