import type { RateLimitStore } from './RateLimitStore.js'

let warned = false

/**
 * A configured store (Redis) that gives way to `fallback` (the database, which
 * every process shares already) for any call it fails: comments keep flowing
 * while Redis is down, and flood control keeps holding, at the cost of one
 * extra comment per commenter at the switch (their last time sits in the store
 * that failed). Logged once per outage, not per comment.
 */
export const fallingBackTo = (primary: RateLimitStore, fallback: RateLimitStore): RateLimitStore => {
  const warn = (req: Parameters<RateLimitStore['claim']>[3], error: unknown) => {
    if (warned) return
    warned = true
    req.payload.logger.warn({
      err: error,
      msg: 'Comment rate-limit store failed; using the database until it answers',
    })
  }
  return {
    claim: async (key, intervalMs, now, req) => {
      try {
        const claim = await primary.claim(key, intervalMs, now, req)
        warned = false
        return claim
      } catch (error) {
        warn(req, error)
        return fallback.claim(key, intervalMs, now, req)
      }
    },
    // Either store may hold the claim (the fallback's, if the primary failed at the time): release in both.
    release: async (key, at, req) => {
      await Promise.allSettled([primary.release?.(key, at, req), fallback.release?.(key, at, req)])
    },
  }
}
