import type { Payload } from 'payload'

import { closeSmtpDeliveries } from './email/smtpDelivery.js'
import { readCacheOf } from './http/readCache.js'
import { closeModerationSettingsSharing } from './http/shareModerationSettings.js'
import { closeRedisCommentRateLimitStore } from './rateLimits/redisCommentRateLimitStore.js'

/**
 * `payload.destroy()` leaves the SQLite client and the PostgreSQL pool open
 * (and with them the process and Jest), so they are closed here too. Mongoose
 * closes in destroy. The Redis connections (REDIS_URL) of the read cache and
 * of comment flood control and of the moderation settings' sharing, and an SMTP pool's idle connections, would keep the process open as well.
 */
export const closePayload = async (payload: Payload): Promise<void> => {
  const { client, pool } = payload.db as {
    client?: { close?: () => void }
    pool?: { end: () => Promise<void>; ending: boolean }
  }
  await payload.destroy()
  await readCacheOf(payload)?.close()
  await closeModerationSettingsSharing()
  await closeRedisCommentRateLimitStore()
  closeSmtpDeliveries()
  client?.close?.()
  if (pool && !pool.ending) await pool.end()
}
