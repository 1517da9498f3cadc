import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootKindred, type Kindred } from './helpers/bootKindred.js'

/**
 * The SQLite connection Kindred runs on is set up as src/db.ts asks, whatever client carries it (the statement
 * cache gives the adapter a client of its own, and the adapter then skips its own set-up): without a busy timeout
 * a write that meets another process's lock fails at once; without `synchronous=NORMAL` every commit waits for the
 * disk.
 */
let kindred: Kindred

beforeAll(async () => {
  kindred = await bootKindred()
}, 120_000)

afterAll(async () => {
  await kindred?.close()
})

const pragma = async (name: string) => {
  const client = (
    kindred.payload.db as unknown as {
      client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
    }
  ).client
  const result = await client.execute(`PRAGMA ${name};`)
  return Object.values(result.rows[0] ?? {})[0]
}

describe('the SQLite connection (SQLite pass only: scripts/test.mjs)', () => {
  it('waits for another writer’s lock (busy timeout), journals to a WAL and syncs it at checkpoints only', async () => {
    expect(Number(await pragma('busy_timeout'))).toBe(5000)
    expect(await pragma('journal_mode')).toBe('wal')
    // 1 is NORMAL (2 would be FULL, SQLite's default).
    expect(Number(await pragma('synchronous'))).toBe(1)
  })
})
