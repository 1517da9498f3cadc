import { describe, expect, it } from '@jest/globals'

import type { RedisLike } from '../../../plugins/comment-moderation/store/redisRateLimitStore.js'

import { redisRateLimitStore } from '../../../plugins/comment-moderation/store/redisRateLimitStore.js'

/** node-redis's `get`/`set … PX` semantics over a Map, with a clock the test moves. */
const memoryRedis = () => {
  let now = 0
  const values = new Map<string, { expiresAt: number; value: string }>()
  const client: RedisLike = {
    get: async (key) => {
      const entry = values.get(key)
      return entry && entry.expiresAt > now ? entry.value : null
    },
    set: async (key, value, { PX }) => {
      values.set(key, { expiresAt: now + PX, value })
      return 'OK'
    },
  }
  return { advance: (ms: number) => (now += ms), client, keys: () => [...values.keys()] }
}

const req = {} as never

describe('redisRateLimitStore', () => {
  it('returns the time recorded for a key, and nothing for a key never seen', async () => {
    const redis = memoryRedis()
    const store = redisRateLimitStore(redis.client)
    const at = new Date('2026-11-26T10:00:00.000Z')
    expect(await store.lastAt('reader:1', req)).toBeNull()
    await store.record('reader:1', at, req)
    expect(await store.lastAt('reader:1', req)).toEqual(at)
    expect(await store.lastAt('reader:2', req)).toBeNull()
  })

  it('keeps keys under its prefix and lets them expire after the TTL', async () => {
    const redis = memoryRedis()
    const store = redisRateLimitStore(redis.client, { prefix: 'test:', ttlMs: 60_000 })
    await store.record('ip:abc', new Date(), req)
    expect(redis.keys()).toEqual(['test:ip:abc'])
    redis.advance(59_999)
    expect(await store.lastAt('ip:abc', req)).not.toBeNull()
    redis.advance(1)
    expect(await store.lastAt('ip:abc', req)).toBeNull()
  })

  it('is shared by every process using the same Redis: a second store sees the first one’s record', async () => {
    const redis = memoryRedis()
    const at = new Date('2026-11-26T10:00:00.000Z')
    await redisRateLimitStore(redis.client).record('email:a@example.com', at, req)
    expect(await redisRateLimitStore(redis.client).lastAt('email:a@example.com', req)).toEqual(at)
  })
})
