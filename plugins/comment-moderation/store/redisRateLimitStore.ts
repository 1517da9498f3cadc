import type { RateLimitStore } from './RateLimitStore.js'

/**
 * The two commands used, in `node-redis` v4+'s shape (`createClient()`); wrap an
 * `ioredis` client as `{ get, set: (k, v, { PX }) => client.set(k, v, 'PX', PX) }`.
 */
export type RedisLike = {
  get: (key: string) => Promise<null | string>
  set: (key: string, value: string, options: { PX: number }) => Promise<unknown>
}

/**
 * Keeps last-comment times in Redis under `prefix`, each expiring after
 * `ttlMs` (longer than the longest interval), so the keys clean themselves up.
 */
export const redisRateLimitStore = (
  redis: RedisLike,
  { prefix = 'kindred:comment-rate:', ttlMs = 60 * 60 * 1000 } = {},
): RateLimitStore => ({
  lastAt: async (key) => {
    const value = await redis.get(prefix + key)
    return value ? new Date(Number(value)) : null
  },
  record: async (key, at) => {
    await redis.set(prefix + key, String(at.getTime()), { PX: ttlMs })
  },
})
