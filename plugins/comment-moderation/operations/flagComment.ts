import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { fingerprint } from '../core/index.js'
import { pluginSlugs } from '../defaults.js'
import { messages } from '../messages.js'
import { findFirst } from '../../../src/utilities/findFirst.js'

/**
 * A reader or guest flags an approved comment, once each (a guest is known by
 * their IP fingerprint). When `flagsToHide` distinct flaggers agree, the
 * comment goes back to pending until a moderator looks at it.
 */
export const flagComment = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  id: string,
  input: { note?: string; reason: string },
) => {
  const { payload } = req
  const comment = await findFirst<{ id: string }>(req, {
    collection: options.commentsSlug,
    where: {
      and: [{ id: { equals: id } }, { status: { equals: 'approved' } }, { deleted: { not_equals: true } }],
    },
  })
  if (!comment) throw new APIError(messages.commentNotFound, 404, undefined, true)
  const flagger = req.user
    ? `${req.user.collection === options.readersSlug ? 'reader' : 'staff'}:${req.user.id}`
    : `guest:${fingerprint({ ip: options.getClientIP(req) ?? 'unknown', secret: payload.secret })}`
  const already = await payload.count({
    collection: pluginSlugs.flags,
    overrideAccess: true,
    req,
    where: { and: [{ comment: { equals: comment.id } }, { flagger: { equals: flagger } }] },
  })
  if (already.totalDocs > 0) throw new APIError(messages.alreadyFlagged, 409, undefined, true)
  // The unique (comment, flagger) index settles a race between two identical requests.
  await payload.create({
    collection: pluginSlugs.flags,
    data: { comment: comment.id, flagger, note: input.note, reason: input.reason as never },
    overrideAccess: true,
    req,
  })
  const { totalDocs: flags } = await payload.count({
    collection: pluginSlugs.flags,
    overrideAccess: true,
    req,
    where: { comment: { equals: comment.id } },
  })
  const hide = flags >= options.flagsToHide
  await payload.update({
    collection: options.commentsSlug,
    context: hide
      ? { moderation: { action: 'auto-hidden', actor: 'rule', note: `${flags} readers flagged it` } }
      : {},
    data: { moderation: { flagCount: flags }, ...(hide ? { status: 'pending' } : {}) } as never,
    id: comment.id,
    overrideAccess: true,
    req,
  })
  return { message: messages.flagged }
}
