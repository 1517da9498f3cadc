import type { PayloadRequest } from 'payload'

import { NotFound } from 'payload'

import type { Caller, SanitizedCommentModerationConfig } from '../types.js'

import { CommentRefusal } from '../CommentRefusal.js'
import { pluginSlugs } from '../defaults.js'
import { readFirst } from './readFirst.js'
import { withCallerRights } from './withCallerRights.js'
import { withSystemRights } from './withSystemRights.js'

type Stored = {
  author?: { email?: string; name?: string; reader?: unknown }
  id: number | string
  moderation?: { ipFingerprint?: string }
}

const targetOf = { account: 'account', address: 'ip', email: 'email' } as const

/**
 * Bans (or, with `days`, suspends) whoever wrote a comment by the account, email or address
 * fingerprint the comment holds, so the moderator never copies a key. Created with the
 * moderator's own access, through the bans collection and its hooks (pending comments rejected).
 */
export const banFromComment = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  caller: Caller,
  id: string,
  input: { days?: number; reason: string; scope: keyof typeof targetOf },
) => {
  const rights = withCallerRights(req, caller)
  const comment = await readFirst<Stored>({
    ...rights,
    collection: options.commentsSlug,
    where: { id: { equals: id } },
  })
  if (!comment) throw new NotFound(req.t)
  const reader = comment.author?.reader
  const value = {
    account: reader ? { reader: typeof reader === 'object' ? (reader as { id: unknown }).id : reader } : null,
    address: comment.moderation?.ipFingerprint ? { ipFingerprint: comment.moderation.ipFingerprint } : null,
    email: comment.author?.email ? { email: comment.author.email } : null,
  }[input.scope]
  if (!value) throw new CommentRefusal('nothingToBan', { details: { scope: input.scope }, fields: ['scope'] })
  const ban = await req.payload.create({
    ...rights,
    collection: pluginSlugs.bans,
    data: {
      ...value,
      createdBy: caller.user?.id,
      expiresAt: input.days ? new Date(Date.now() + input.days * 86_400_000).toISOString() : undefined,
      reason: input.reason,
      rejectPending: true,
      target: targetOf[input.scope],
    } as never,
    depth: 0,
  })
  const expiresAt = (ban as { expiresAt?: string }).expiresAt
  // The log is append-only for everyone (its access refuses every write): only the system adds to it.
  await req.payload.create({
    ...withSystemRights(req),
    collection: pluginSlugs.log,
    data: {
      action: 'banned-commenter',
      actor: `staff:${caller.user!.id}`,
      comment: comment.id,
      note: `By ${{ account: 'reader account', address: 'address fingerprint', email: 'email address' }[input.scope]}, ${expiresAt ? `until ${expiresAt.slice(0, 10)}` : 'for good'}: ${input.reason}`,
      staff: caller.user!.id,
    } as never,
  })
  return {
    expiresAt: (ban as { expiresAt?: string }).expiresAt ?? null,
    id: String(ban.id),
    target: targetOf[input.scope],
  }
}
