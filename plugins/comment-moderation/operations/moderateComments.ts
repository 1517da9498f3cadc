import type { PayloadRequest } from 'payload'

import type { Caller, SanitizedCommentModerationConfig } from '../types.js'

import { actionStatus } from '../endpoints/schemas.js'
import { anyOfIDs, withTransaction } from '@kindred/plugin-shared'
import { withCallerRights } from './withCallerRights.js'

type Action = keyof typeof actionStatus
type Stored = {
  author?: { email?: string; name?: string }
  body: string
  id: number | string
  status: string
}

/**
 * A moderator's decision on one or many comments. Each change is audited by
 * the comments' hook; moving a comment into or out of spam is reported to the
 * spam provider, so it learns from the correction.
 */
export const moderateComments = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  caller: Caller,
  input: { action: Action; ids: string[]; note?: string },
) => {
  const { payload } = req
  const status = actionStatus[input.action]
  const { docs } = await payload.find({
    ...withCallerRights(req, caller),
    collection: options.commentsSlug,
    depth: 0,
    limit: input.ids.length,
    pagination: false,
    where: anyOfIDs(input.ids),
  })
  const byID = new Map((docs as unknown as Stored[]).map((doc) => [String(doc.id), doc]))
  // In the caller's order, so a bulk answer lines up with the request.
  const found = input.ids.flatMap((id) => byID.get(id) ?? [])
  const updated: string[] = []
  for (const comment of found) {
    // Each comment with its article's recount as one transaction, run again after a write conflict.
    await withTransaction(req, () =>
      payload.update({
        ...withCallerRights(req, caller),
        collection: options.commentsSlug,
        context: {
          moderation: { action: input.action, actor: `staff:${caller.user!.id}`, note: input.note },
        },
        data: { status } as never,
        depth: 0,
        id: comment.id,
      }),
    )
    updated.push(String(comment.id))
    const verdict =
      status === 'spam' ? 'spam' : comment.status === 'spam' && status === 'approved' ? 'ham' : undefined
    if (verdict && options.spamProvider?.report) {
      const report = {
        authorEmail: comment.author?.email,
        authorName: comment.author?.name ?? '',
        body: comment.body,
      }
      // A provider outage must not undo a moderator's decision.
      await options.spamProvider.report(report, verdict).catch((error: unknown) =>
        payload.logger.warn({
          err: error,
          msg: 'Could not report a moderation decision to the spam provider',
        }),
      )
    }
  }
  const foundIDs = new Set(updated)
  return { notFound: input.ids.filter((id) => !foundIDs.has(id)), status, updated }
}
