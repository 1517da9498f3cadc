import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createClient } from 'redis'

import { redisRateLimitStore } from '../../../plugins/comment-moderation/store/redisRateLimitStore.js'
import { startRedis } from '../../helpers/startRedis.js'

let server: Awaited<ReturnType<typeof startRedis>>
let first: ReturnType<typeof createClient>
let second: ReturnType<typeof createClient>

beforeAll(async () => {
  server = await startRedis()
  // Two connections: two Kindred processes sharing one Redis.
  first = await createClient({ url: server.url }).connect()
  second = await createClient({ url: server.url }).connect()
})
afterAll(async () => {
  await first?.quit()
  await second?.quit()
  await server?.stop()
})

const req = {} as never
let keys = 0
const newKey = () => `email:racer-${++keys}@example.test`

describe('redisRateLimitStore against a real redis-server', () => {
  it('allows the first claim, refuses a second within the interval with the wait left, and stores the time', async () => {
    const store = redisRateLimitStore(first)
    const key = newKey()
    const now = new Date()
    expect(await first.get(`kindred:comment-rate:${key}`)).toBeNull()
    expect(await store.claim(key, 15_000, now, req)).toEqual({ allowed: true, retryAfterMs: 0 })
    expect(await first.get(`kindred:comment-rate:${key}`)).toBe(String(now.getTime()))
    const refused = await store.claim(key, 15_000, new Date(now.getTime() + 1000), req)
    expect(refused.allowed).toBe(false)
    expect(refused.retryAfterMs).toBeGreaterThan(13_000)
    expect(refused.retryAfterMs).toBeLessThanOrEqual(15_000)
  })

  it('gives back only the claim it made: a released turn can be claimed again, a later claim is not released', async () => {
    const store = redisRateLimitStore(first)
    const key = newKey()
    const at = new Date()
    expect((await store.claim(key, 15_000, at, req)).allowed).toBe(true)
    await store.release!(key, new Date(at.getTime() - 1), req)
    expect((await store.claim(key, 15_000, new Date(), req)).allowed).toBe(false)
    await store.release!(key, at, req)
    const later = new Date(at.getTime() + 5)
    expect((await store.claim(key, 15_000, later, req)).allowed).toBe(true)
    await store.release!(key, at, req)
    expect(await first.get(`kindred:comment-rate:${key}`)).toBe(String(later.getTime()))
  })

  it('lets exactly one of 8 simultaneous claims through, from two connections (two processes)', async () => {
    const stores = [redisRateLimitStore(first), redisRateLimitStore(second)]
    const key = newKey()
    const claims = await Promise.all(
      Array.from({ length: 8 }, (_, i) => stores[i % 2].claim(key, 15_000, new Date(), req)),
    )
    expect(claims.filter((claim) => claim.allowed)).toHaveLength(1)
    expect(claims.filter((claim) => !claim.allowed).every((claim) => claim.retryAfterMs > 0)).toBe(true)
  })

  it('keeps keys under its prefix, expiring when the interval is over, after which a claim is allowed again', async () => {
    const store = redisRateLimitStore(first, { prefix: 'test-prefix:' })
    const key = newKey()
    expect((await store.claim(key, 300, new Date(), req)).allowed).toBe(true)
    expect(await first.keys('test-prefix:*')).toEqual([`test-prefix:${key}`])
    expect(await first.pTTL(`test-prefix:${key}`)).toBeLessThanOrEqual(300)
    expect((await store.claim(key, 300, new Date(), req)).allowed).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 350))
    expect(await first.get(`test-prefix:${key}`)).toBeNull()
    expect((await store.claim(key, 300, new Date(), req)).allowed).toBe(true)
  })
})
