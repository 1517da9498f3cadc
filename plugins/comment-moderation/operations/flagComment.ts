import type { PayloadRequest } from 'payload'

import type { Caller, SanitizedCommentModerationConfig } from '../types.js'

import { fingerprint } from '../core/index.js'
import { pluginSlugs } from '../defaults.js'
import { CommentRefusal } from '../CommentRefusal.js'
import { messages } from '../messages.js'
import { readFirst } from './readFirst.js'
import { withSystemRights } from './withSystemRights.js'

/**
 * A reader or guest flags an approved comment, once each (a guest is known by
 * their IP fingerprint). When `flagsToHide` distinct flaggers agree, the
 * comment goes back to pending until a moderator looks at it.
 */
export const flagComment = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  caller: Caller,
  id: string,
  input: { note?: string; reason: string },
) => {
  const { payload } = req
  // Flags are for comments anyone can see in the thread: approved and not deleted, read as the public thread is.
  const comment = await readFirst<{ id: string }>({
    ...withSystemRights(req),
    collection: options.commentsSlug,
    where: {
      and: [{ id: { equals: id } }, { status: { equals: 'approved' } }, { deleted: { not_equals: true } }],
    },
  })
  if (!comment) throw new CommentRefusal('commentNotFound')
  const flagger = caller.user
    ? `${caller.user.collection === options.readersSlug ? 'reader' : 'staff'}:${caller.user.id}`
    : `guest:${fingerprint({ ip: caller.ip ?? 'unknown', secret: payload.secret })}`
  // Flags are closed to every writer and to readers' eyes: one per flagger is the system's rule to keep.
  const already = await payload.count({
    ...withSystemRights(req),
    collection: pluginSlugs.flags,
    where: { and: [{ comment: { equals: comment.id } }, { flagger: { equals: flagger } }] },
  })
  if (already.totalDocs > 0) throw new CommentRefusal('alreadyFlagged')
  // The unique (comment, flagger) index settles a race between two identical requests.
  await payload.create({
    ...withSystemRights(req),
    collection: pluginSlugs.flags,
    data: { comment: comment.id, flagger, note: input.note, reason: input.reason as never },
  })
  const { totalDocs: flags } = await payload.count({
    ...withSystemRights(req),
    collection: pluginSlugs.flags,
    where: { comment: { equals: comment.id } },
  })
  const hide = flags >= options.flagsToHide
  // The flag count and hiding by flags are the system's reaction to readers, not any one person's edit.
  await payload.update({
    ...withSystemRights(req),
    collection: options.commentsSlug,
    context: hide
      ? { moderation: { action: 'auto-hidden', actor: 'rule', note: `${flags} readers flagged it` } }
      : {},
    data: { moderation: { flagCount: flags }, ...(hide ? { status: 'pending' } : {}) } as never,
    id: comment.id,
  })
  return { message: messages.flagged }
}
