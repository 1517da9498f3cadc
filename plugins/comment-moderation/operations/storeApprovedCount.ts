import type { PayloadRequest } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { countApproved } from './countApproved.js'

/**
 * Recounts (never increments) the article's approved comments and writes the
 * number straight through the database adapter: a comment must not create a
 * new version of the article, nor run its hooks. Recounting inside the
 * comment's own transaction keeps the number exact under concurrent posts,
 * since each write transaction sees every one committed before it.
 */
export const storeApprovedCount = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  articleID: number | string,
): Promise<void> => {
  const commentCount = await countApproved(req, options, articleID)
  await req.payload.db.updateOne({
    collection: options.articlesSlug,
    // updatedAt: null tells both adapters to leave the timestamp alone: reader activity is not an edit.
    data: { commentCount, updatedAt: null },
    id: articleID,
    req,
    returning: false,
  })
}
