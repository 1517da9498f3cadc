import type { PayloadRequest } from 'payload'

import type { RateLimitRule } from './rateLimitRule.js'

import { ConfigError } from '../ConfigError.js'
import { consumeRateLimit } from './consumeRateLimit.js'

const variable = 'ASSESSMENT_STARTS_PER_HOUR'

/**
 * The assessment plugin's limit on anonymous starts per client address, from
 * `ASSESSMENT_STARTS_PER_HOUR` (default 20; `0` turns it off), counted in the shared
 * rate-limit store so every process enforces the same limit. A malformed value stops
 * the config from loading, naming the variable.
 */
export const limitAssessmentStarts = (env: NodeJS.ProcessEnv = process.env) => {
  const raw = env[variable]?.trim() || '20'
  const limit = Number(raw)
  if (!Number.isInteger(limit) || limit < 0)
    throw new ConfigError(
      `${variable} must be a whole number of starts per hour (0 turns the limit off), not "${raw}".`,
    )
  const rule: RateLimitRule = { bucket: 'assessment-starts', limit, windowMs: 3_600_000 }
  return async ({ client, req }: { client: string; req: PayloadRequest }) =>
    limit === 0 ? { allowed: true, retryAfterSeconds: 0 } : consumeRateLimit(req, rule, client)
}
