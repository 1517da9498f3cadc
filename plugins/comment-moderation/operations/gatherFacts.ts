import type { PayloadRequest, Where } from 'payload'

import type { Ban, Facts } from '../core/index.js'
import type { RateLimitStore } from '../store/RateLimitStore.js'
import type { SanitizedCommentModerationConfig } from '../types.js'
import type { Commenter } from './commenterOf.js'

import { hashKey } from '../core/index.js'
import { pluginSlugs } from '../defaults.js'
import { withSystemRights } from './withSystemRights.js'

type StoredBan = {
  email?: string
  expiresAt?: null | string
  id: string
  ipFingerprint?: string
  reason?: string
  reader?: unknown
  target: Ban['matchedOn']
}

const hoursAgo = (now: Date, hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString()

/**
 * What the pipeline needs to know beyond the comment: active bans on the
 * account, email or IP fingerprint; when this commenter last posted; their
 * recent bodies (for duplicates); and their record (for trust).
 */
export const gatherFacts = async ({
  commenter,
  fingerprint,
  now,
  options,
  req,
  store,
}: {
  commenter: Commenter
  fingerprint: string
  now: Date
  options: SanitizedCommentModerationConfig
  req: PayloadRequest
  store: RateLimitStore
}): Promise<Required<Omit<Facts, 'providers'>>> => {
  const { payload } = req
  const targets: Where[] = [
    { and: [{ target: { equals: 'ip' } }, { ipFingerprint: { equals: fingerprint } }] },
  ]
  if (commenter.kind === 'reader')
    targets.push({ and: [{ target: { equals: 'account' } }, { reader: { equals: commenter.readerID } }] })
  if (commenter.kind === 'guest')
    targets.push({
      and: [
        { target: { equals: 'email' } },
        // By hash: an erasure leaves only that. By email: bans written before the hash was kept.
        {
          or: [
            { emailHash: { equals: hashKey(payload.secret, commenter.key) } },
            { email: { equals: commenter.email } },
          ],
        },
      ],
    })
  const active: Where = {
    or: [{ expiresAt: { exists: false } }, { expiresAt: { greater_than: now.toISOString() } }],
  }
  const mine: Where = { 'moderation.authorKey': { equals: commenter.key } }
  // Bans, and a commenter's record across all their comments (whatever their state), are facts the
  // pipeline needs and the commenter may not read: gathered with the system's rights.
  const decided = (status: string, since?: string) =>
    payload
      .count({
        ...withSystemRights(req),
        collection: options.commentsSlug,
        where: {
          and: [
            mine,
            { status: { equals: status } },
            ...(since ? [{ createdAt: { greater_than: since } }] : []),
          ],
        },
      })
      .then(({ totalDocs }) => totalDocs)
  const since = hoursAgo(now, options.thresholds.trustWindowDays * 24)

  const [bans, lastByKey, lastByIP, recent, approved, recentApproved, recentRejected, recentSpam] =
    await Promise.all([
      payload.find({
        ...withSystemRights(req),
        collection: pluginSlugs.bans,
        depth: 0,
        limit: 10,
        pagination: false,
        where: { and: [{ or: targets }, active] },
      }),
      store.lastAt(commenter.key, req),
      store.lastAt(`ip:${fingerprint}`, req),
      payload.find({
        ...withSystemRights(req),
        collection: options.commentsSlug,
        depth: 0,
        limit: 100,
        pagination: false,
        select: { createdAt: true, moderation: { bodyHash: true } },
        where: {
          and: [
            mine,
            { createdAt: { greater_than: hoursAgo(now, options.thresholds.duplicateWindowHours) } },
          ],
        },
      }),
      decided('approved'),
      decided('approved', since),
      decided('rejected', since),
      decided('spam', since),
    ])

  const lastCommentAt =
    [lastByKey, lastByIP]
      .filter((at): at is Date => at !== null)
      .sort((a, b) => b.getTime() - a.getTime())[0] ?? null
  return {
    bans: (bans.docs as unknown as StoredBan[]).map((ban) => ({
      expiresAt: ban.expiresAt ?? null,
      id: String(ban.id),
      kind: ban.expiresAt ? 'suspension' : 'ban',
      matchedOn: ban.target,
      reason: ban.reason ?? null,
    })),
    lastCommentAt,
    recentBodies: (recent.docs as unknown as { createdAt: string; moderation?: { bodyHash?: string } }[])
      .filter((doc) => doc.moderation?.bodyHash)
      .map((doc) => ({ at: doc.createdAt, hash: doc.moderation!.bodyHash! })),
    trust: { approved, recent: { approved: recentApproved, rejected: recentRejected, spam: recentSpam } },
  }
}
