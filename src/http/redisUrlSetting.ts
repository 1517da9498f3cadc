import { ConfigError } from '../ConfigError.js'

/**
 * `REDIS_URL`: where the read caches of several processes share their clears
 * (and, unset, they do not). Checked at start, so a typo stops the server with
 * one line instead of a Redis client's stack trace.
 */
export const redisUrlSetting = (value: string | undefined): string | undefined => {
  if (!value) return undefined
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    // reported below
  }
  if (!url || !['redis:', 'rediss:'].includes(url.protocol) || !url.hostname)
    throw new ConfigError(`REDIS_URL must be redis://host:port (or rediss:// for TLS), not "${value}".`)
  return value
}
