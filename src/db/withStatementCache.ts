import type { Client, Config } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'

import { statementCachingClient } from './statementCachingClient.js'

type SqliteAdapter = {
  busyTimeout: number
  client?: unknown
  clientConfig: Config
  connect: (...args: unknown[]) => Promise<void>
  wal?: false | { journalSizeLimit: number; synchronous: string }
}

/**
 * The connection settings `@payloadcms/db-sqlite`'s `connect` applies only to a client it creates itself: without
 * them on ours, a write waiting for another process's lock would fail at once (no busy timeout) and every commit
 * would be synced to disk (`synchronous=FULL`), as the post benchmark showed. Kept in step with its connect.js.
 */
const applyAdapterPragmas = async (client: Client, adapter: SqliteAdapter): Promise<void> => {
  if (adapter.busyTimeout > 0) await client.execute(`PRAGMA busy_timeout = ${adapter.busyTimeout};`)
  if (!adapter.wal) return
  const mode = await client.execute('PRAGMA journal_mode;')
  if (mode.rows[0]?.journal_mode !== 'wal') {
    await client.execute('PRAGMA journal_mode = WAL;')
    await client.execute(`PRAGMA journal_size_limit = ${adapter.wal.journalSizeLimit};`)
  }
  await client.execute(`PRAGMA synchronous = ${adapter.wal.synchronous};`)
}

/**
 * `@payloadcms/db-sqlite`'s adapter, connected through a client that reuses prepared statements: the adapter
 * creates its client in `connect` only when it has none, so this gives it one first, set up as the adapter would
 * (for a local file; an in-memory database keeps the adapter's own client).
 */
export const withStatementCache = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const initialized = adapter.init(args)
    const sqlite = initialized as unknown as SqliteAdapter
    const connect = sqlite.connect
    sqlite.connect = async function (this: SqliteAdapter, ...connectArgs) {
      if (!this.client) {
        const client = statementCachingClient(this.clientConfig)
        if (client) {
          await applyAdapterPragmas(client, this)
          this.client = client
        }
      }
      return connect.apply(this, connectArgs)
    }
    return initialized
  },
})
