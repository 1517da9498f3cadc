import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { commenterMessage, decide, hashBody } from '../core/index.js'
import { messages } from '../messages.js'
import { findArticle } from './findArticle.js'
import { findOwnComment } from './findOwnComment.js'
import { loadSettings } from './loadSettings.js'

/**
 * The author edits within the edit window. The new text runs the pipeline's
 * content checks again (closed, length, words, links, pre-moderation): an
 * edit must not smuggle in what a new comment could not say. Flood control
 * and trust were settled when the comment was posted.
 */
export const editComment = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  id: string,
  body: string,
) => {
  const comment = await findOwnComment(req, options, id)
  const ageSeconds = (Date.now() - new Date(comment.createdAt).getTime()) / 1000
  if (ageSeconds > options.editWindowSeconds)
    throw new APIError(messages.editWindowOver, 403, undefined, true)
  const articleID =
    typeof comment.article === 'object' ? (comment.article as { id: string }).id : String(comment.article)
  const article = await findArticle(req, options, articleID)
  const settings = await loadSettings(req, options)
  const decision = decide(
    { article, body, commenter: 'reader', now: new Date() },
    { trust: { approved: Number.MAX_SAFE_INTEGER, recent: { approved: 1, rejected: 0, spam: 0 } } },
    { ...options.thresholds, ...settings },
  )
  if (decision.refuse)
    return { kind: 'refused' as const, message: commenterMessage(decision), status: decision.refuse.status }
  // Staying approved needs the edit to pass as approved; anything else waits for a moderator again.
  const status = comment.status === 'approved' && decision.state === 'approved' ? 'approved' : decision.state!
  const updated = await req.payload.update({
    collection: options.commentsSlug,
    context: {
      moderation: {
        action: 'edited',
        actor: `${req.user!.collection === options.staffSlug ? 'staff' : 'reader'}:${req.user!.id}`,
        reasons: decision.reasons,
      },
    },
    data: {
      body: body.trim(),
      moderation: { bodyHash: hashBody(body), reasons: decision.reasons },
      status,
    } as never,
    depth: 0,
    id: comment.id,
    overrideAccess: false,
    req,
    user: req.user,
  })
  return {
    comment: { id: updated.id, status },
    kind: 'updated' as const,
    message: commenterMessage({ ...decision, state: status as never }),
  }
}
