import type { PayloadRequest } from 'payload'

import type { RateLimitDecision, RateLimitRule } from './rateLimitRule.js'

import { withSystemRights } from '../utilities/withSystemRights.js'
import { rateLimitKey } from './rateLimitKey.js'
import { rateLimitsSlug } from './rateLimitsCollection.js'
import { decisionOf, readRateLimitRow } from './readRateLimit.js'

/**
 * Counts one hit of `subject` in the rule's bucket and says whether it was allowed
 * (a refused hit is not counted, so a blocked client does not extend its own block).
 * The row is read and written inside the request's transaction; the unique key keeps
 * one row per subject when processes race on its first hit.
 */
export const consumeRateLimit = async (
  req: PayloadRequest,
  rule: RateLimitRule,
  subject: string,
  now = new Date(),
): Promise<RateLimitDecision> => {
  const row = await readRateLimitRow(req, rule, subject, now)
  if (row && row.count >= rule.limit) return decisionOf(rule, row.count, new Date(row.resetAt), now)
  const resetAt = row ? new Date(row.resetAt) : new Date(now.getTime() + rule.windowMs)
  const count = (row?.count ?? 0) + 1
  const key = rateLimitKey(req.payload.secret, rule.bucket, subject)
  const data = { count, key, resetAt: resetAt.toISOString() }
  // System rights: an anonymous request counts against its own limit in a collection no one may write.
  const { docs } = await req.payload.update({
    ...withSystemRights(req),
    collection: rateLimitsSlug,
    data,
    depth: 0,
    where: { key: { equals: key } },
  })
  if (docs.length === 0)
    await req.payload.create({ ...withSystemRights(req), collection: rateLimitsSlug, data, depth: 0 })
  return { allowed: true, remaining: rule.limit - count, retryAfterSeconds: 0 }
}
