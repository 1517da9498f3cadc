import type { TaskConfig } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { relationID } from '@kindred/plugin-shared/core'
import { readFirst } from '../operations/readFirst.js'
import { withSystemRights } from '../operations/withSystemRights.js'
import { unsubscribeToken } from './unsubscribeToken.js'

type Input = { commentID: string; event: 'approved' | 'reply' }
type Stored = {
  author?: { email?: string; name?: string; reader?: unknown }
  body?: string
  notifyOnReply?: boolean
}

/**
 * Tells a commenter who opted in that their comment was approved or answered,
 * with a link that turns the emails off. Runs from the jobs queue.
 */
export const notifyCommenterTask = (
  options: SanitizedCommentModerationConfig,
): TaskConfig<{ input: Input; output: { sent: number } }> => ({
  handler: async ({ input, req }) => {
    const { commentID, event } = input
    // A queued job has no user: it reads the comment and the reader's email with the system's rights.
    const comment = await readFirst<Stored>({
      ...withSystemRights(req),
      collection: options.commentsSlug,
      where: { id: { equals: commentID } },
    })
    if (!comment?.notifyOnReply) return { output: { sent: 0 } }
    let to = comment.author?.email
    const readerID = relationID(comment.author?.reader)
    if (!to && readerID) {
      const reader = await readFirst<{ email?: string }>({
        ...withSystemRights(req),
        collection: options.readersSlug,
        where: { id: { equals: readerID } },
      })
      to = reader?.email
    }
    if (!to) return { output: { sent: 0 } }
    const api = `${options.publicURL ?? req.payload.config.serverURL}${req.payload.config.routes.api}`
    const unsubscribe = `${api}/${options.commentsSlug}/${commentID}/unsubscribe?token=${unsubscribeToken(req.payload.secret, commentID)}`
    const what = event === 'approved' ? 'Your comment is published' : 'Someone replied to your comment'
    await req.payload.sendEmail({
      subject: what,
      text: `${what}:\n\n${String(comment.body ?? '').slice(0, 500)}\n\nStop these emails: ${unsubscribe}\n`,
      to,
    })
    return { output: { sent: 1 } }
  },
  inputSchema: [
    { name: 'commentID', type: 'text', required: true },
    { name: 'event', type: 'text', required: true },
  ],
  retries: 3,
  slug: 'commentNotifyCommenter',
})
