import type { RateLimitStore } from './RateLimitStore.js'

import { refusedClaim } from './RateLimitStore.js'

/**
 * The three commands used, in `node-redis` v4+'s shape (`createClient()`). `set`
 * must answer `'OK'` when it set the key and `null` when `NX` kept it from doing so.
 * Wrap an `ioredis` client as
 * `{ get, pTTL: (k) => client.pttl(k), set: (k, v, { PX }) => client.set(k, v, 'PX', PX, 'NX') }`.
 */
export type RedisLike = {
  /** Optional: without it a claim is never given back (see `RateLimitStore.release`). */
  del?: (key: string) => Promise<number>
  get: (key: string) => Promise<null | string>
  pTTL: (key: string) => Promise<number>
  set: (key: string, value: string, options: { NX: true; PX: number }) => Promise<null | string>
}

/**
 * Keeps last-comment times in Redis under `prefix`. A claim is one
 * `SET key now PX interval NX`: Redis sets it only when no unexpired time is
 * there, so exactly one of any number of simultaneous claims is allowed, and the
 * key expires by itself when the interval is over.
 */
export const redisRateLimitStore = (
  redis: RedisLike,
  { prefix = 'kindred:comment-rate:' } = {},
): RateLimitStore => ({
  claim: async (key, intervalMs, now) => {
    const set = await redis.set(prefix + key, String(now.getTime()), {
      NX: true,
      PX: Math.max(1, intervalMs),
    })
    if (set !== null) return { allowed: true, retryAfterMs: 0 }
    const ttl = await redis.pTTL(prefix + key)
    // -2: expired between the two commands; -1 cannot happen (every key is set with PX).
    return ttl > 0 ? { allowed: false, retryAfterMs: ttl } : refusedClaim(now, 1, now)
  },
  release: async (key, at) => {
    // GET then DEL is safe here: while our key exists no other claim can set it (NX), and it lives for the
    // whole interval, so the value read is still ours when it is deleted.
    if (redis.del && (await redis.get(prefix + key)) === String(at.getTime())) await redis.del(prefix + key)
  },
})
