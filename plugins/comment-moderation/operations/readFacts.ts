import type { PayloadRequest, Where } from 'payload'

import type { Ban, Facts } from '../core/index.js'
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

type PastComment = { createdAt: string; moderation?: { bodyHash?: null | string }; status?: string }

// By time, not by text: adapters may spell a timestamp differently.
const isAfter = (doc: PastComment, iso: string) => Date.parse(doc.createdAt) > Date.parse(iso)

/** A commenter's comments read at once; one who has written more is counted by the database instead. */
const historyLimit = 100

/**
 * What the pipeline needs to know beyond the comment and the rate limit: active bans on the account,
 * email or IP fingerprint; the commenter's recent bodies (for duplicates) and record (for trust).
 * Two queries for nearly everyone: the bans, and the commenter's comments (newest first, at most
 * `historyLimit`), from which the bodies and the trust counts are taken. Only a commenter with more
 * comments than that costs four counts more.
 */
export const readFacts = async ({
  commenter,
  fingerprint,
  now,
  options,
  req,
}: {
  commenter: Commenter
  fingerprint: string
  now: Date
  options: SanitizedCommentModerationConfig
  req: PayloadRequest
}): Promise<Required<Pick<Facts, 'bans' | 'recentBodies' | 'trust'>>> => {
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
  const since = hoursAgo(now, options.thresholds.trustWindowDays * 24)
  const duplicatesSince = hoursAgo(now, options.thresholds.duplicateWindowHours)

  // Bans, and a commenter's record across all their comments (whatever their state), are facts the
  // pipeline needs and the commenter may not read: gathered with the system's rights.
  const [bans, history] = await Promise.all([
    payload.find({
      ...withSystemRights(req),
      collection: pluginSlugs.bans,
      depth: 0,
      limit: 10,
      pagination: false,
      where: { and: [{ or: targets }, active] },
    }),
    payload.find({
      ...withSystemRights(req),
      collection: options.commentsSlug,
      depth: 0,
      limit: historyLimit,
      pagination: false,
      select: { createdAt: true, moderation: { bodyHash: true }, status: true },
      sort: '-createdAt',
      where: mine,
    }),
  ])
  const past = history.docs as unknown as PastComment[]

  const decided = (status: string, after?: string) =>
    past.filter((doc) => doc.status === status && (!after || isAfter(doc, after))).length
  const counted = (status: string, after?: string) =>
    payload
      .count({
        ...withSystemRights(req),
        collection: options.commentsSlug,
        where: {
          and: [
            mine,
            { status: { equals: status } },
            ...(after ? [{ createdAt: { greater_than: after } }] : []),
          ],
        },
      })
      .then(({ totalDocs }) => totalDocs)
  const complete = past.length < historyLimit
  const [approved, recentApproved, recentRejected, recentSpam] = complete
    ? [decided('approved'), decided('approved', since), decided('rejected', since), decided('spam', since)]
    : await Promise.all([
        counted('approved'),
        counted('approved', since),
        counted('rejected', since),
        counted('spam', since),
      ])

  return {
    bans: (bans.docs as unknown as StoredBan[]).map((ban) => ({
      expiresAt: ban.expiresAt ?? null,
      id: String(ban.id),
      kind: ban.expiresAt ? 'suspension' : 'ban',
      matchedOn: ban.target,
      reason: ban.reason ?? null,
    })),
    recentBodies: past
      .filter((doc) => isAfter(doc, duplicatesSince) && doc.moderation?.bodyHash)
      .map((doc) => ({ at: doc.createdAt, hash: doc.moderation!.bodyHash! })),
    trust: { approved, recent: { approved: recentApproved, rejected: recentRejected, spam: recentSpam } },
  }
}
