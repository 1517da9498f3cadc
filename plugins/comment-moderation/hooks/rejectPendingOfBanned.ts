import type { CollectionAfterChangeHook, Where } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

/** "Reject all pending from this commenter", when a moderator asks for it with the ban. */
export const rejectPendingOfBanned =
  (options: SanitizedCommentModerationConfig): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    if (!doc.rejectPending) return doc
    const target: Where | undefined =
      doc.target === 'account' && doc.reader
        ? { 'author.reader': { equals: typeof doc.reader === 'object' ? doc.reader.id : doc.reader } }
        : doc.target === 'email' && doc.email
          ? { 'author.email': { equals: doc.email } }
          : doc.target === 'ip' && doc.ipFingerprint
            ? { 'moderation.ipFingerprint': { equals: doc.ipFingerprint } }
            : undefined
    if (!target) return doc
    const staffID = req.user?.collection === options.staffSlug ? req.user.id : undefined
    await req.payload.update({
      collection: options.commentsSlug,
      context: {
        moderation: {
          action: 'reject',
          actor: staffID ? `staff:${staffID}` : 'system',
          note: `Banned: ${doc.reason}`,
        },
      },
      data: { status: 'rejected' },
      // The moderator who saved the ban rejects, with their own rights over comments.
      overrideAccess: false,
      req,
      user: req.user,
      where: { and: [target, { status: { equals: 'pending' } }] },
    })
    return doc
  }
