import type { PayloadRequest } from 'payload'

import type { Caller, SanitizedCommentModerationConfig } from '../types.js'

import { pluginSlugs } from '../defaults.js'
import { requireOwnComment } from './requireOwnComment.js'
import { withCallerRights } from './withCallerRights.js'
import { withSystemRights } from './withSystemRights.js'

/**
 * The author deletes their comment, with their own access. With replies under
 * it, it stays as a "deleted" placeholder (no text, no name) so the thread
 * keeps its shape; without, it is removed.
 */
export const deleteOwnComment = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  caller: Caller,
  id: string,
) => {
  const comment = await requireOwnComment(req, options, caller, id)
  const actor = `${caller.user!.collection === options.staffSlug ? 'staff' : 'reader'}:${caller.user!.id}`
  const context = { moderation: { action: 'deleted-by-author', actor } }
  const asAuthor = withCallerRights(req, caller)
  // Replies are other people's comments, which the author may not read: whether any exist is counted by the system.
  const { totalDocs: replies } = await req.payload.count({
    ...withSystemRights(req),
    collection: options.commentsSlug,
    where: { parent: { equals: comment.id } },
  })
  if (replies === 0) {
    // The log is append-only for everyone: only the system writes to it.
    await req.payload.create({
      ...withSystemRights(req),
      collection: pluginSlugs.log,
      data: { ...context.moderation, fromStatus: comment.status, note: `Comment ${comment.id} removed` },
    })
    await req.payload.delete({ ...asAuthor, collection: options.commentsSlug, context, id: comment.id })
    return { deleted: true, placeholder: false }
  }
  await req.payload.update({
    ...asAuthor,
    collection: options.commentsSlug,
    context,
    data: { author: { name: '[deleted]' }, body: '', deleted: true } as never,
    id: comment.id,
  })
  return { deleted: true, placeholder: true }
}
