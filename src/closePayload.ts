import type { Payload } from 'payload'

import { readCacheOf } from './http/readCache.js'

/**
 * `payload.destroy()` leaves the SQLite client and the PostgreSQL pool open
 * (and with them the process and Jest), so they are closed here too. Mongoose
 * closes in destroy. The read cache's Redis connections (REDIS_URL) would
 * keep the process open as well.
 */
export const closePayload = async (payload: Payload): Promise<void> => {
  const { client, pool } = payload.db as {
    client?: { close?: () => void }
    pool?: { end: () => Promise<void>; ending: boolean }
  }
  await payload.destroy()
  await readCacheOf(payload)?.close()
  client?.close?.()
  if (pool && !pool.ending) await pool.end()
}
