import type { PayloadRequest } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

/** Approved comments of an article that are not deleted placeholders: the "2 Comments" a reader sees. */
export const countApproved = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  articleID: number | string,
): Promise<number> => {
  const { totalDocs } = await req.payload.count({
    collection: options.commentsSlug,
    overrideAccess: true,
    req,
    where: {
      and: [
        { article: { equals: articleID } },
        { status: { equals: 'approved' } },
        { deleted: { not_equals: true } },
      ],
    },
  })
  return totalDocs
}
