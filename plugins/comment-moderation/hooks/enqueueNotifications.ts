import type { CollectionAfterChangeHook } from 'payload'

import { relationID } from '@kindred/plugin-shared/core'

/**
 * Queues the emails a change calls for: moderators hear of new pending and
 * flag-hidden comments; an opted-in commenter hears that their comment was
 * approved or answered. Queued in the comment's transaction, sent by the jobs
 * runner, so no request waits for an SMTP server.
 */
export const enqueueNotifications =
  (): CollectionAfterChangeHook =>
  async ({ context, doc, operation, previousDoc, req }) => {
    const became = (status: string) =>
      doc.status === status && (operation === 'create' || previousDoc?.status !== status)
    const queue = async (
      task: 'commentNotifyCommenter' | 'commentNotifyModerators',
      input: Record<string, string>,
    ) => {
      const { jobs } = req.payload.config
      if (jobs.runHooks || jobs.depth)
        return void (await req.payload.jobs.queue({ input, req, task } as never))
      // What `jobs.queue` writes when the jobs collection runs no hooks (Payload's default, and ours), without
      // the re-read of the new job that nobody here looks at: one insert instead of an insert and a select.
      await req.payload.db.create({
        collection: 'payload-jobs',
        data: { input, taskSlug: task },
        req,
        returning: false,
      })
    }
    const autoHidden = (context.moderation as { action?: string } | undefined)?.action === 'auto-hidden'
    if (became('pending'))
      await queue('commentNotifyModerators', {
        commentID: String(doc.id),
        event: autoHidden ? 'flagged' : 'pending',
      })
    if (!became('approved')) return doc
    if (operation === 'update' && doc.notifyOnReply)
      await queue('commentNotifyCommenter', { commentID: String(doc.id), event: 'approved' })
    const parentID = relationID(doc.parent)
    if (parentID) await queue('commentNotifyCommenter', { commentID: parentID, event: 'reply' })
    return doc
  }
