import type { PayloadRequest, Where } from 'payload'

import type { Caller, SanitizedCommentModerationConfig } from '../types.js'

import { hashKey } from '../core/index.js'
import { pluginSlugs } from '../defaults.js'
import { withCallerRights } from './withCallerRights.js'

export const queueNames = ['pending', 'flagged', 'spam'] as const
export type QueueName = (typeof queueNames)[number]

/** Which comments each queue holds; the tabs above the comments list use the same filters. */
export const queueWhere: Record<QueueName, Where> = {
  flagged: { and: [{ 'moderation.flagCount': { greater_than: 0 } }, { status: { not_equals: 'trash' } }] },
  pending: { status: { equals: 'pending' } },
  spam: { status: { equals: 'spam' } },
}

type Stored = {
  article?: { id: number | string; slug?: string; title?: string } | number | string
  author?: { email?: string; name?: string; reader?: unknown; staff?: unknown }
  body?: string
  createdAt: string
  depth?: number
  id: number | string
  moderation?: { authorKey?: string; flagCount?: number; ipFingerprint?: string; summary?: string }
  parent?: { author?: { name?: string }; body?: string; id: number | string } | number | string | null
  status: string
}

export type QueueItem = {
  article: { id: string; slug?: string; title: string } | null
  author: { email?: string; kind: 'guest' | 'reader' | 'staff'; name: string }
  /** Which kinds of ban this comment can give without anyone copying a key. */
  bannable: ('account' | 'address' | 'email')[]
  body: string
  createdAt: string
  flags: { note?: string; reason: string }[]
  history: { activeBans: number; approved: number; rejected: number; spam: number }
  id: string
  parent: { author: string; excerpt: string; id: string } | null
  status: string
  why: string
}

const idOf = (value: unknown): string | undefined =>
  value && typeof value === 'object' && 'id' in value ? String(value.id) : value ? String(value) : undefined

/**
 * One queue as the moderator's keyboard view needs it: each comment in full with its article,
 * the comment it answers, readers' flags and the commenter's record. Everything is read with the
 * moderator's own access, so the view shows nothing the REST API would not.
 */
export const getQueue = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  caller: Caller,
  { limit, queue }: { limit: number; queue: QueueName },
): Promise<{ items: QueueItem[]; totalDocs: number }> => {
  const { payload } = req
  const rights = withCallerRights(req, caller)
  const { docs, totalDocs } = await payload.find({
    ...rights,
    collection: options.commentsSlug,
    depth: 1,
    limit,
    // Oldest first: the order they were held in.
    sort: 'createdAt',
    where: queueWhere[queue],
  })
  const comments = docs as unknown as Stored[]
  const ids = comments.map((comment) => String(comment.id))
  const flags = ids.length
    ? await payload.find({
        ...rights,
        collection: pluginSlugs.flags,
        depth: 0,
        pagination: false,
        where: { comment: { in: ids } },
      })
    : { docs: [] }
  const now = new Date().toISOString()
  const items = await Promise.all(
    comments.map(async (comment): Promise<QueueItem> => {
      const key = comment.moderation?.authorKey
      const count = (status: string) =>
        key
          ? payload
              .count({
                ...rights,
                collection: options.commentsSlug,
                where: { and: [{ 'moderation.authorKey': { equals: key } }, { status: { equals: status } }] },
              })
              .then(({ totalDocs: n }) => n)
          : Promise.resolve(0)
      const reader = idOf(comment.author?.reader)
      const email = comment.author?.email
      const fingerprint = comment.moderation?.ipFingerprint
      const targets: Where[] = [
        ...(reader ? [{ and: [{ target: { equals: 'account' } }, { reader: { equals: reader } }] }] : []),
        ...(email
          ? [
              {
                and: [
                  { target: { equals: 'email' } },
                  { emailHash: { equals: hashKey(payload.secret, `email:${email.toLowerCase()}`) } },
                ],
              },
            ]
          : []),
        ...(fingerprint
          ? [{ and: [{ target: { equals: 'ip' } }, { ipFingerprint: { equals: fingerprint } }] }]
          : []),
      ]
      const bans = targets.length
        ? payload
            .count({
              ...rights,
              collection: pluginSlugs.bans,
              where: {
                and: [
                  { or: targets },
                  { or: [{ expiresAt: { exists: false } }, { expiresAt: { greater_than: now } }] },
                ],
              },
            })
            .then(({ totalDocs: n }) => n)
        : Promise.resolve(0)
      const [approved, rejected, spam, activeBans] = await Promise.all([
        count('approved'),
        count('rejected'),
        count('spam'),
        bans,
      ])
      const article = typeof comment.article === 'object' ? comment.article : undefined
      const parent = comment.parent && typeof comment.parent === 'object' ? comment.parent : undefined
      return {
        article: article ? { id: String(article.id), slug: article.slug, title: article.title ?? '' } : null,
        author: {
          email,
          kind: comment.author?.staff ? 'staff' : reader ? 'reader' : 'guest',
          name: comment.author?.name ?? '',
        },
        bannable: [
          ...(reader ? (['account'] as const) : []),
          ...(email ? (['email'] as const) : []),
          ...(fingerprint ? (['address'] as const) : []),
        ],
        body: comment.body ?? '',
        createdAt: comment.createdAt,
        flags: (flags.docs as unknown as { comment: unknown; note?: string; reason: string }[])
          .filter((flag) => idOf(flag.comment) === String(comment.id))
          .map(({ note, reason }) => ({ note: note || undefined, reason })),
        history: { activeBans, approved, rejected, spam },
        id: String(comment.id),
        parent: parent
          ? {
              author: parent.author?.name ?? '',
              excerpt: (parent.body ?? '').slice(0, 200),
              id: String(parent.id),
            }
          : null,
        status: comment.status,
        why: comment.moderation?.summary ?? '',
      }
    }),
  )
  return { items, totalDocs }
}
