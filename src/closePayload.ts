import type { Payload } from 'payload'

/**
 * `payload.destroy()` leaves the SQLite client open (and with it the process
 * and Jest), so the client is closed here too. Mongoose closes in destroy.
 */
export const closePayload = async (payload: Payload): Promise<void> => {
  const client = (payload.db as { client?: { close?: () => void } }).client
  await payload.destroy()
  client?.close?.()
}
