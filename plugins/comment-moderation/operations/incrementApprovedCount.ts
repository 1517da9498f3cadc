import type { PayloadRequest } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

/**
 * Adds one to the article's approved-comment count in one atomic statement (`comment_count + 1` on SQL,
 * `$inc` on MongoDB), straight through the database adapter: a comment must not create a new version of
 * the article, nor run its hooks. Atomic, it needs no row claim and no recount to stay exact under
 * concurrent posts; a recount (`storeApprovedCount`) after any other change keeps it honest.
 */
export const incrementApprovedCount = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  articleID: number | string,
): Promise<void> => {
  await req.payload.db.updateOne({
    collection: options.articlesSlug,
    // updatedAt: null tells both adapters to leave the timestamp alone: reader activity is not an edit.
    data: { commentCount: { $inc: 1 }, updatedAt: null },
    id: articleID,
    req,
    returning: false,
  })
}
