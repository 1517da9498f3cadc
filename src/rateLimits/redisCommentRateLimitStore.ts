import { createClient } from 'redis'

import { type RateLimitStore, redisRateLimitStore } from '@kindred/plugin-comment-moderation'

type Client = ReturnType<typeof createClient>
let client: Client | undefined

const openClient = (url: string): Client => {
  if (!client) {
    // No offline queue: while Redis is down a command fails at once, and the plugin asks the database instead
    // (and logs it), rather than every comment waiting for a Redis that may not come back.
    client = createClient({ disableOfflineQueue: true, url })
    client.on('error', () => undefined)
    client.connect().catch(() => undefined)
  }
  return client
}

const connectedClient = (url: string): Client => {
  const open = openClient(url)
  if (!open.isReady) throw new Error('Redis at REDIS_URL is not connected')
  return open
}

/**
 * The comment plugin's flood control in Redis (`REDIS_URL`): one `SET NX PX`
 * per comment instead of a database upsert, so a busy site's comment writes
 * stop competing with it. One connection per process, made when the config is
 * read (so it is ready by the first comment) and reconnected by node-redis.
 */
export const redisCommentRateLimitStore = (url: string): RateLimitStore => {
  openClient(url)
  return redisRateLimitStore({
    del: (key) => connectedClient(url).del(key),
    get: (key) => connectedClient(url).get(key),
    pTTL: (key) => connectedClient(url).pTTL(key),
    set: (key, value, options) => connectedClient(url).set(key, value, options),
  })
}

/** Ends this process's connection (graceful stop, tests); a later comment would open a new one. */
export const closeRedisCommentRateLimitStore = async (): Promise<void> => {
  const open = client
  client = undefined
  await open?.disconnect().catch(() => undefined)
}
