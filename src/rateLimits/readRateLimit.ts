import type { PayloadRequest } from 'payload'

import type { RateLimitDecision, RateLimitRule } from './rateLimitRule.js'

import { withSystemRights } from '../utilities/withSystemRights.js'
import { rateLimitKey } from './rateLimitKey.js'
import { rateLimitsSlug } from './rateLimitsCollection.js'

export type RateLimitRow = { count: number; id: number | string; resetAt: string }

/** The current window of a subject, or undefined when it has none that is still running. */
export const readRateLimitRow = async (
  req: PayloadRequest,
  rule: RateLimitRule,
  subject: string,
  now: Date,
): Promise<RateLimitRow | undefined> => {
  const key = rateLimitKey(req.payload.secret, rule.bucket, subject)
  // System rights: the counters belong to no one and are readable by no one through the API.
  const { docs } = await req.payload.find({
    ...withSystemRights(req),
    collection: rateLimitsSlug,
    depth: 0,
    limit: 1,
    pagination: false,
    where: { key: { equals: key } },
  })
  const row = docs[0] as RateLimitRow | undefined
  return row && new Date(row.resetAt) > now ? row : undefined
}

export const decisionOf = (
  rule: RateLimitRule,
  count: number,
  resetAt: Date,
  now: Date,
): RateLimitDecision => ({
  allowed: count < rule.limit,
  remaining: Math.max(0, rule.limit - count),
  retryAfterSeconds:
    count < rule.limit ? 0 : Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000)),
})

/** Whether a subject may make one more hit, without counting one. */
export const readRateLimit = async (
  req: PayloadRequest,
  rule: RateLimitRule,
  subject: string,
  now = new Date(),
): Promise<RateLimitDecision> => {
  const row = await readRateLimitRow(req, rule, subject, now)
  return row ? decisionOf(rule, row.count, new Date(row.resetAt), now) : decisionOf(rule, 0, now, now)
}
