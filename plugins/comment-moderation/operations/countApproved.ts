import type { PayloadRequest } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'
import { withSystemRights } from './withSystemRights.js'

/** Approved comments of an article that are not deleted placeholders: the "2 Comments" a reader sees. */
export const countApproved = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  articleID: number | string,
): Promise<number> => {
  // The public count of a thread, kept by the system after anyone's change: counted across all comments.
  const { totalDocs } = await req.payload.count({
    ...withSystemRights(req),
    collection: options.commentsSlug,
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
