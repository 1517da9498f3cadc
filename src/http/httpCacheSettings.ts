import { ConfigError } from '../ConfigError.js'

export type HttpCacheSettings = {
  /** `s-maxage`: how long a CDN may serve an anonymous public read without asking again. */
  sharedSeconds: number
  /** `stale-while-revalidate`: how much longer it may serve it while it asks in the background; 0 leaves it out. */
  staleSeconds: number
}

type Env = Record<string, string | undefined>

/** A year: RFC 9111 caches need not honour more, and more is surely a typo. */
const longest = 31_536_000

const seconds = (env: Env, name: string, fallback: number): number => {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  if (!/^\d+$/.test(raw) || Number(raw) > longest)
    throw new ConfigError(`${name} must be a whole number of seconds from 0 to ${longest}, not "${raw}".`)
  return Number(raw)
}

/**
 * `HTTP_CACHE_SECONDS` (default 5, the read cache's own lifetime, so a CDN adds no staleness readers do
 * not already see) and `HTTP_STALE_SECONDS` (default 30): what `Cache-Control` tells shared caches about
 * anonymous public reads. Garbage stops the start.
 */
export const httpCacheSettings = (env: Env = process.env): HttpCacheSettings => ({
  sharedSeconds: seconds(env, 'HTTP_CACHE_SECONDS', 5),
  staleSeconds: seconds(env, 'HTTP_STALE_SECONDS', 30),
})
