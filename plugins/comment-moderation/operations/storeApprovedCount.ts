import type { PayloadRequest } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { countApproved } from './countApproved.js'

/**
 * Recounts (never increments) the article's approved comments and writes the
 * number straight through the database adapter: a comment must not create a
 * new version of the article, nor run its hooks. Recounting inside the
 * comment's own transaction, after claiming the article's row, keeps the
 * number exact under concurrent posts: a concurrent transaction waits for the
 * row, then counts every comment committed before it (PostgreSQL's READ
 * COMMITTED counts with a fresh snapshot; SQLite runs one writer at a time).
 */
export const storeApprovedCount = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  articleID: number | string,
): Promise<void> => {
  const write = (commentCount: number) =>
    req.payload.db.updateOne({
      collection: options.articlesSlug,
      // updatedAt: null tells both adapters to leave the timestamp alone: reader activity is not an edit.
      data: { commentCount, updatedAt: null },
      id: articleID,
      req,
      returning: false,
    })
  // The first write only claims the row; no one sees it before the second.
  await write(0)
  await write(await countApproved(req, options, articleID))
}
