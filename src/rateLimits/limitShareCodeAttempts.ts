import type { PayloadRequest } from 'payload'

import type { RateLimitRule } from './rateLimitRule.js'

import { ConfigError } from '../ConfigError.js'
import { consumeRateLimit } from './consumeRateLimit.js'

const variable = 'SHARE_CODE_ATTEMPTS_PER_HOUR'

/**
 * The assessment plugin's limit on counselor share-code attempts (previews and grants by code) per client
 * address, from `SHARE_CODE_ATTEMPTS_PER_HOUR` (default 30; `0` turns it off), counted in the shared
 * rate-limit store so every process enforces the same limit. Every attempt counts, right or wrong: counting
 * only wrong ones would need a read before the write, which concurrent guesses could all pass. A malformed
 * value stops the config from loading, naming the variable.
 */
export const limitShareCodeAttempts = (env: NodeJS.ProcessEnv = process.env) => {
  const raw = env[variable]?.trim() || '30'
  const limit = Number(raw)
  if (!Number.isInteger(limit) || limit < 0)
    throw new ConfigError(
      `${variable} must be a whole number of attempts per hour (0 turns the limit off), not "${raw}".`,
    )
  const rule: RateLimitRule = { bucket: 'share-code-attempts', limit, windowMs: 3_600_000 }
  return async ({ client, req }: { client: string; req: PayloadRequest }) =>
    limit === 0 ? { allowed: true, retryAfterSeconds: 0 } : consumeRateLimit(req, rule, client)
}
