import type { TaskConfig } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { readFirst } from '../operations/readFirst.js'
import { withSystemRights } from '../operations/withSystemRights.js'

type Input = { commentID: string; event: 'flagged' | 'pending' }

/** Emails every moderator about a comment waiting for review. Runs from the jobs queue, never on the request path. */
export const notifyModeratorsTask = (
  options: SanitizedCommentModerationConfig,
): TaskConfig<{ input: Input; output: { sent: number } }> => ({
  handler: async ({ input, req }) => {
    const { commentID, event } = input
    // A queued job has no user: it reads the comment and the staff list (emails) with the system's rights.
    const comment = await readFirst<{ body?: string }>({
      ...withSystemRights(req),
      collection: options.commentsSlug,
      where: { id: { equals: commentID } },
    })
    if (!comment) return { output: { sent: 0 } }
    const { docs: staff } = await req.payload.find({
      ...withSystemRights(req),
      collection: options.staffSlug,
      depth: 0,
      limit: 500,
      pagination: false,
    })
    const to = staff.filter((user) =>
      options.isModerator({ ...user, collection: options.staffSlug } as never),
    )
    const adminURL = `${options.publicURL ?? req.payload.config.serverURL}${req.payload.config.routes.admin}/collections/${options.commentsSlug}/${commentID}`
    const why = event === 'flagged' ? 'was flagged by readers and is hidden' : 'is waiting for review'
    for (const user of to) {
      await req.payload.sendEmail({
        subject: `A comment ${why}`,
        text: `A comment ${why}:\n\n${String(comment.body ?? '').slice(0, 500)}\n\nReview it: ${adminURL}\n`,
        to: (user as { email: string }).email,
      })
    }
    return { output: { sent: to.length } }
  },
  inputSchema: [
    { name: 'commentID', type: 'text', required: true },
    { name: 'event', type: 'text', required: true },
  ],
  retries: 3,
  slug: 'commentNotifyModerators',
})
