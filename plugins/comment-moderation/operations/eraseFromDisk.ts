import type { PayloadRequest } from 'payload'

import { withTransaction } from '@kindred/plugin-shared'

// The SQLite adapter's raw statement runner; not part of Payload's adapter-neutral type.
type SQLiteAdapter = {
  drizzle: unknown
  execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
}

/**
 * Runs an erasure in one transaction so that no copy of what it erases is left
 * in the database's files. SQLite keeps old versions of rows in the freed space
 * of its pages (from every earlier update of them, not only this one) and in its
 * write-ahead log: `VACUUM` rewrites the file with live rows only, and a
 * checkpoint copies the log back and truncates it. Erasures are rare requests
 * and the embedded database is small, so the rewrite is affordable. Other
 * databases manage their own storage; there this is just the transaction.
 */
export const eraseFromDisk = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const result = await withTransaction(req, work)
  if (req.payload.db.name === 'sqlite') {
    const db = req.payload.db as unknown as SQLiteAdapter
    const run = (raw: string) => db.execute({ drizzle: db.drizzle, raw })
    try {
      // The connection may be new (the driver opens one after each transaction): wait for writers like the adapter does.
      await run('PRAGMA busy_timeout = 5000')
      await run('VACUUM')
      await run('PRAGMA wal_checkpoint(TRUNCATE)')
    } catch (error) {
      // The erasure itself is committed: say so loudly rather than answer 500 for work that was done.
      req.payload.logger.error({
        err: error,
        msg: 'Erased, but SQLite could not compact its files: run VACUUM',
      })
    }
  }
  return result
}
