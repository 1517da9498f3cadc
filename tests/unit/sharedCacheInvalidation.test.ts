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

  /** Invalidation on `url`, keeping the warnings it logs. */
  const watched = (url: string) => {
    const warnings: string[] = []
    const logger = { info: () => undefined, warn: (message: string) => warnings.push(message) }
    return { shared: sharedCacheInvalidation({ clearHere: () => undefined, logger, url }), warnings }
  }
  /** After several reconnection attempts (node-redis retries every ≤ 500 ms), each an error event: how long a publish and a close take. */
  const publishAndCloseWhileDown = async (shared: ReturnType<typeof sharedCacheInvalidation>) => {
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const started = Date.now()
    await shared.publish()
    await shared.close()
    return Date.now() - started
  }

  it('answers at once and closes at once while Redis is down, logging the outage once', async () => {
    const redis = await startRedis()
    const { shared, warnings } = watched(redis.url)
    await redis.stop()
    expect(await publishAndCloseWhileDown(shared)).toBeLessThan(100)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('Redis at REDIS_URL is unreachable')
  })

  it('starts without Redis, answering at once and closing at once, and logs that once', async () => {
    const redis = await startRedis()
    await redis.stop()
    const { shared, warnings } = watched(redis.url)
    expect(await publishAndCloseWhileDown(shared)).toBeLessThan(100)
    expect(warnings).toHaveLength(1)
  })
})
