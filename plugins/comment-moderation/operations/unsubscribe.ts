import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { isUnsubscribeToken } from '../jobs/unsubscribeToken.js'
import { messages } from '../messages.js'

/** Turns off notification emails for one comment; a wrong token is "not found", as for a missing comment. */
export const unsubscribe = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  id: string,
  token: string,
) => {
  if (!isUnsubscribeToken(req.payload.secret, id, token))
    throw new APIError(messages.commentNotFound, 404, undefined, true)
  const { docs } = await req.payload.update({
    collection: options.commentsSlug,
    data: { notifyOnReply: false } as never,
    overrideAccess: true,
    req,
    where: { id: { equals: id } },
  })
  if (docs.length === 0) throw new APIError(messages.commentNotFound, 404, undefined, true)
  return { unsubscribed: true }
}
