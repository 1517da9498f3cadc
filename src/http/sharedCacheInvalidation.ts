import { randomUUID } from 'node:crypto'
import { createClient } from 'redis'

export type SharedInvalidation = {
  /** Ends both connections; safe to call while Redis is down. */
  close: () => Promise<void>
  /**
   * Tells every other process to clear; resolves once Redis has passed it on, or after `waitMs`.
   * Never rejects: a lost message costs one TTL.
   */
  publish: () => Promise<void>
}

export type SharedInvalidationOptions = {
  /** @default 'kindred:read-cache:clear' */
  channel?: string
  /** Clears this process's cache: called for another process's write, and after a reconnection. */
  clearHere: () => void
  logger: { info: (message: string) => void; warn: (message: string) => void }
  url: string
  /**
   * Longest a write's answer waits for Redis to take the message: a slow Redis must not hold it.
   * @default 200
   */
  waitMs?: number
}

/**
 * Read caches of several processes cleared as one, over Redis pub/sub: each
 * clear is published, and every process subscribed clears at once. Kept apart
 * from the cache (and from Payload) so the cache stays correct without it:
 * Redis down only means other processes' writes show within the TTL again, as
 * with one process per cache. So nothing here throws, and a write's answer
 * waits for Redis `waitMs` at most; an outage is logged once, the clients
 * reconnect by themselves, and the cache is cleared once Redis is back, for
 * the messages missed meanwhile.
 */
export const sharedCacheInvalidation = ({
  channel = 'kindred:read-cache:clear',
  clearHere,
  logger,
  url,
  waitMs = 200,
}: SharedInvalidationOptions): SharedInvalidation => {
  // Our own messages come back too; clearing twice is harmless, but it would also void reads in flight for nothing.
  const self = randomUUID()
  const publisher = createClient({ url })
  // A subscribed connection accepts no other command.
  const subscriber = publisher.duplicate()
  let down = false
  let closed = false
  const onError = (error: Error) => {
    if (down || closed) return
    down = true
    logger.warn(
      `Redis at REDIS_URL is unreachable (${error.message}): other processes' writes show within API_CACHE_SECONDS until it is back`,
    )
  }
  const onReady = () => {
    if (!down || !publisher.isReady || !subscriber.isReady) return
    down = false
    logger.info('Redis is back: read caches are cleared across processes again')
  }
  publisher.on('error', onError).on('ready', onReady)
  subscriber.on('error', onError).on('ready', () => {
    // Messages published while this connection was down are lost: forget what they would have cleared.
    clearHere()
    onReady()
  })
  // Both retry until Redis answers (node-redis reconnects by itself, resubscribing); never awaited by a request.
  publisher.connect().catch(onError)
  subscriber
    .connect()
    .then(() =>
      subscriber.subscribe(channel, (message) => {
        if (message !== self) clearHere()
      }),
    )
    .catch(onError)
  return {
    close: async () => {
      closed = true
      // disconnect, not quit: quit would wait for a Redis that may be gone.
      await Promise.all([publisher, subscriber].map((client) => client.disconnect().catch(() => undefined)))
    },
    publish: async () => {
      // Queuing while down would grow without bound and flush stale news later: the TTL already bounds it.
      if (!publisher.isReady) return
      let timer: NodeJS.Timeout | undefined
      await Promise.race([
        publisher.publish(channel, self).catch(onError),
        new Promise((resolve) => (timer = setTimeout(resolve, waitMs))),
      ])
      clearTimeout(timer)
    },
  }
}
