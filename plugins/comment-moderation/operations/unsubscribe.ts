import type { PayloadRequest } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { isUnsubscribeToken } from '../jobs/unsubscribeToken.js'
import { CommentRefusal } from '../CommentRefusal.js'
import { withSystemRights } from './withSystemRights.js'

/** Turns off notification emails for one comment; a wrong token is "not found", as for a missing comment. */
export const unsubscribe = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  id: string,
  token: string,
) => {
  if (!isUnsubscribeToken(req.payload.secret, id, token)) throw new CommentRefusal('commentNotFound')
  // The token is the authentication: whoever holds the emailed link may stop the emails, with no account.
  const { docs } = await req.payload.update({
    ...withSystemRights(req),
    collection: options.commentsSlug,
    data: { notifyOnReply: false } as never,
    where: { id: { equals: id } },
  })
  if (docs.length === 0) throw new CommentRefusal('commentNotFound')
  return { unsubscribed: true }
}
