import type { PayloadRequest } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { personWhere } from './personWhere.js'

/**
 * Erases one person's comments (GDPR Art. 17): text, name, email, account
 * link and IP fingerprint go; each comment stays as a "deleted" placeholder
 * so the replies of others keep their place.
 */
export const eraseComments = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  person: { email?: string; reader?: string },
) => {
  const { docs, errors } = await req.payload.update({
    collection: options.commentsSlug,
    context: { moderation: { action: 'erased', actor: `staff:${req.user!.id}` } },
    data: {
      author: { email: null, name: '[deleted]', reader: null },
      body: '',
      deleted: true,
      moderation: { authorKey: null, bodyHash: null, ipFingerprint: null },
      notifyOnReply: false,
    } as never,
    depth: 0,
    overrideAccess: true,
    req,
    where: personWhere(person),
  })
  // A comment left unerased would break the promise made to the person: fail loudly instead.
  if (errors.length) throw new Error(`Could not erase ${errors.length} comments: ${errors[0].message}`)
  return { erased: docs.length }
}
