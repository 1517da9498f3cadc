import type { PayloadRequest } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { pluginSlugs } from '../defaults.js'
import { findOwnComment } from './findOwnComment.js'

/**
 * The author deletes their comment. With replies under it, it stays as a
 * "deleted" placeholder (no text, no name) so the thread keeps its shape;
 * without, it is removed.
 */
export const deleteOwnComment = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  id: string,
) => {
  const comment = await findOwnComment(req, options, id)
  const actor = `${req.user!.collection === options.staffSlug ? 'staff' : 'reader'}:${req.user!.id}`
  const { totalDocs: replies } = await req.payload.count({
    collection: options.commentsSlug,
    overrideAccess: true,
    req,
    where: { parent: { equals: comment.id } },
  })
  if (replies === 0) {
    await req.payload.create({
      collection: pluginSlugs.log,
      data: {
        action: 'deleted-by-author',
        actor,
        fromStatus: comment.status,
        note: `Comment ${comment.id} removed`,
      },
      overrideAccess: true,
      req,
    })
    await req.payload.delete({ collection: options.commentsSlug, id: comment.id, overrideAccess: true, req })
    return { deleted: true, placeholder: false }
  }
  await req.payload.update({
    collection: options.commentsSlug,
    context: { moderation: { action: 'deleted-by-author', actor } },
    data: { author: { name: '[deleted]' }, body: '', deleted: true } as never,
    id: comment.id,
    overrideAccess: true,
    req,
  })
  return { deleted: true, placeholder: true }
}
