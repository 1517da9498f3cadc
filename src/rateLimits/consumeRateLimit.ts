import type { PayloadRequest } from 'payload'

import type { RateLimitDecision, RateLimitRule } from './rateLimitRule.js'

import { countHitFor } from './countHitFor.js'
import { rateLimitKey } from './rateLimitKey.js'
import { readRateLimit } from './readRateLimit.js'

/**
 * Counts one hit of `subject` in the rule's bucket and says whether it was allowed
 * (a refused hit is not counted, so a blocked client does not extend its own block).
 * Counting and deciding are one atomic statement in the request's transaction, so
 * concurrent hits from any number of processes are each counted once and never
 * pass the limit together. Writes below the access layer: the counters belong to
 * no one and an anonymous request counts against its own limit.
 */
export const consumeRateLimit = async (
  req: PayloadRequest,
  rule: RateLimitRule,
  subject: string,
  now = new Date(),
): Promise<RateLimitDecision> => {
  const key = rateLimitKey(req.payload.secret, rule.bucket, subject)
  const count = await countHitFor(req.payload.db)({
    key,
    limit: rule.limit,
    now,
    req,
    windowMs: rule.windowMs,
  })
  if (count === null) return readRateLimit(req, rule, subject, now)
  return { allowed: true, remaining: Math.max(0, rule.limit - count), retryAfterSeconds: 0 }
}
