import type { PayloadRequest } from 'payload'

import type { Caller, SanitizedCommentModerationConfig } from '../types.js'

import { decide, hashBody } from '../core/index.js'
import { CommentRefusal } from '../CommentRefusal.js'
import { commenterMessage } from '../messages.js'
import { readArticle } from './readArticle.js'
import { requireOwnComment } from './requireOwnComment.js'
import { readSettings } from './readSettings.js'
import { withCallerRights } from './withCallerRights.js'

/**
 * The author edits within the edit window. The new text runs the pipeline's
 * content checks again (closed, length, words, links, pre-moderation): an
 * edit must not smuggle in what a new comment could not say. Flood control
 * and trust were settled when the comment was posted.
 */
export const editComment = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  caller: Caller,
  id: string,
  body: string,
) => {
  const comment = await requireOwnComment(req, options, caller, id)
  const ageSeconds = (Date.now() - new Date(comment.createdAt).getTime()) / 1000
  if (ageSeconds > options.editWindowSeconds) throw new CommentRefusal('editWindowOver')
  const articleID =
    typeof comment.article === 'object' ? (comment.article as { id: string }).id : String(comment.article)
  const article = await readArticle(req, options, caller, articleID)
  const settings = await readSettings(req, options)
  const decision = decide(
    { article, body, commenter: 'reader', now: new Date() },
    { trust: { approved: Number.MAX_SAFE_INTEGER, recent: { approved: 1, rejected: 0, spam: 0 } } },
    { ...options.thresholds, ...settings },
  )
  if (decision.refuse) throw CommentRefusal.ofDecision(decision)
  // Staying approved needs the edit to pass as approved; anything else waits for a moderator again.
  const status = comment.status === 'approved' && decision.state === 'approved' ? 'approved' : decision.state!
  const updated = await req.payload.update({
    ...withCallerRights(req, caller),
    collection: options.commentsSlug,
    context: {
      moderation: {
        action: 'edited',
        actor: `${caller.user!.collection === options.staffSlug ? 'staff' : 'reader'}:${caller.user!.id}`,
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
  })
  return { id: updated.id, message: commenterMessage({ state: status }), status }
}
