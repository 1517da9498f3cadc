import { secondsSetting } from './secondsSetting.js'

export type HttpCacheSettings = {
  /** `s-maxage`: how long a CDN may serve an anonymous public read without asking again. */
  sharedSeconds: number
  /** `stale-while-revalidate`: how much longer it may serve it while it asks in the background; 0 leaves it out. */
  staleSeconds: number
}

type Env = Record<string, string | undefined>

/**
 * `HTTP_CACHE_SECONDS` (default 5, the read cache's own lifetime, so a CDN adds no staleness readers do
 * not already see) and `HTTP_STALE_SECONDS` (default 30): what `Cache-Control` tells shared caches about
 * anonymous public reads. Garbage stops the start.
 */
export const httpCacheSettings = (env: Env = process.env): HttpCacheSettings => ({
  sharedSeconds: secondsSetting(env, 'HTTP_CACHE_SECONDS', 5),
  staleSeconds: secondsSetting(env, 'HTTP_STALE_SECONDS', 30),
})
