import type { PayloadRequest } from 'payload'

import type { RateLimitRule } from './rateLimitRule.js'

import { ConfigError } from '../ConfigError.js'
import { consumeRateLimit } from './consumeRateLimit.js'

type HourlyLimit = {
  /** The rate-limit store's bucket the counts go in. */
  bucket: string
  /** When the variable is unset or blank. */
  fallback: number
  /** What is counted, plural, for the error message ("starts", "attempts"). */
  unit: string
  /** The environment variable that sets how many per hour. */
  variable: string
}

/**
 * A per-client-address limit per hour, read from one environment variable (`0` turns it off), counted in the
 * shared rate-limit store so every process enforces the same limit. A malformed value stops the config from
 * loading, naming the variable.
 */
export const hourlyLimitFromEnv = (
  { bucket, fallback, unit, variable }: HourlyLimit,
  env: NodeJS.ProcessEnv = process.env,
) => {
  const raw = env[variable]?.trim() || String(fallback)
  const limit = Number(raw)
  if (!Number.isInteger(limit) || limit < 0)
    throw new ConfigError(
      `${variable} must be a whole number of ${unit} per hour (0 turns the limit off), not "${raw}".`,
    )
  const rule: RateLimitRule = { bucket, limit, windowMs: 3_600_000 }
  return async ({ client, req }: { client: string; req: PayloadRequest }) =>
    limit === 0 ? { allowed: true, retryAfterSeconds: 0 } : consumeRateLimit(req, rule, client)
}
