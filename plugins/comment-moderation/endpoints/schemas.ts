import { z } from 'zod'

import type { commentStatuses } from '../fields/moderationFields.js'
import { flagReasons } from '../collections/flagsCollection.js'
import { idSchema as id } from '@kindred/plugin-shared'

/** Bodies and queries of the comment endpoints; anything else in a body is refused. */
export const postCommentSchema = z.strictObject({
  author: z.strictObject({ email: z.email().max(254), name: z.string().trim().min(1).max(80) }).optional(),
  body: z.string(),
  /** The honeypot: a field the form hides from people. */
  website: z.string().max(500).optional(),
  notifyOnReply: z.boolean().optional(),
  parent: id.optional(),
})

export const editCommentSchema = z.strictObject({ body: z.string() })

export const flagCommentSchema = z.strictObject({
  note: z.string().max(500).optional(),
  reason: z.enum(flagReasons),
})

export const moderateSchema = z.strictObject({
  action: z.enum(['approve', 'reject', 'spam', 'trash', 'restore']),
  ids: z.array(id).min(1).max(200),
  note: z.string().max(500).optional(),
})

export const unsubscribeQuerySchema = z.object({ token: z.string().min(1).max(200) })

export const threadQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  page: z.coerce.number().int().min(1).default(1),
  sort: z.enum(['oldest', 'newest']).default('oldest'),
})

export const exportQuerySchema = z
  .object({ email: z.email().optional(), reader: id.optional() })
  .refine((query) => Boolean(query.email) !== Boolean(query.reader), {
    message: 'Give exactly one of email or reader.',
    path: ['email'],
  })

/** Statuses a moderator's action moves a comment to; `restore` goes back to pending for review. */
export const actionStatus = {
  approve: 'approved',
  reject: 'rejected',
  restore: 'pending',
  spam: 'spam',
  trash: 'trash',
} as const satisfies Record<string, (typeof commentStatuses)[number]>

export const queueQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  queue: z.enum(['pending', 'flagged', 'spam']).default('pending'),
})

export const banFromCommentSchema = z.strictObject({
  /** Empty: a ban. A number of days: a suspension. */
  days: z.number().int().min(1).max(3650).optional(),
  reason: z.string().trim().min(1).max(500),
  scope: z.enum(['account', 'email', 'address']),
})
