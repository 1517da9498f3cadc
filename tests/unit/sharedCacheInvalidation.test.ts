import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createClient } from 'redis'

import { sharedCacheInvalidation } from '../../src/http/sharedCacheInvalidation.js'
import { startRedis } from '../helpers/startRedis.js'

let server: Awaited<ReturnType<typeof startRedis>>
let observer: ReturnType<typeof createClient>

beforeAll(async () => {
  server = await startRedis()
  observer = await createClient({ url: server.url }).connect()
})
afterAll(async () => {
  await observer?.quit()
  await server?.stop()
})

const quiet = { info: () => undefined, warn: () => undefined }
let channels = 0

/** Two processes' worth of shared clears on a channel of their own, counting each one's clears. */
const twoProcesses = async () => {
  const channel = `test:read-cache:${++channels}`
  const clears = [0, 0]
  const processes = clears.map((_, index) =>
    sharedCacheInvalidation({
      channel,
      clearHere: () => (clears[index] += 1),
      logger: quiet,
      url: server.url,
    }),
  )
  // Subscribing is asynchronous: wait until Redis counts both subscribers.
  while (Number((await observer.pubSubNumSub(channel))[channel]) < 2)
    await new Promise((resolve) => setTimeout(resolve, 20))
  return { clears, processes }
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 100))

describe('sharedCacheInvalidation against a real redis-server', () => {
  it("clears the other process's cache once Redis has taken the message, and not the publisher's", async () => {
    const { clears, processes } = await twoProcesses()
    await settle()
    const before = [...clears]
    await processes[0].publish()
    await settle()
    expect(clears).toEqual([before[0], before[1] + 1])
    await processes[1].publish()
    await settle()
    expect(clears).toEqual([before[0] + 1, before[1] + 1])
    await Promise.all(processes.map((shared) => shared.close()))
  })

  it('answers at once and closes at once while Redis is down, logging the outage once', async () => {
    const warnings: string[] = []
    const redis = await startRedis()
    const shared = sharedCacheInvalidation({
      clearHere: () => undefined,
      logger: { info: () => undefined, warn: (message) => warnings.push(message) },
      url: redis.url,
    })
    await redis.stop()
    // Several reconnection attempts (node-redis retries every ≤ 500 ms), each an error event.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const started = Date.now()
    await shared.publish()
    await shared.close()
    expect(Date.now() - started).toBeLessThan(100)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('Redis at REDIS_URL is unreachable')
  })

  it('starts without Redis, answering at once and closing at once, and logs that once', async () => {
    const redis = await startRedis()
    await redis.stop()
    const warnings: string[] = []
    const shared = sharedCacheInvalidation({
      clearHere: () => undefined,
      logger: { info: () => undefined, warn: (message) => warnings.push(message) },
      url: redis.url,
    })
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const started = Date.now()
    await shared.publish()
    await shared.close()
    expect(Date.now() - started).toBeLessThan(100)
    expect(warnings).toHaveLength(1)
  })
})
