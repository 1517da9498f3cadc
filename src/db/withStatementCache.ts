import type { Config } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'

import { statementCachingClient } from './statementCachingClient.js'

type SqliteAdapter = {
  client?: unknown
  clientConfig: Config
  connect: (...args: unknown[]) => Promise<void>
}

/**
 * `@payloadcms/db-sqlite`'s adapter, connected through a client that reuses prepared statements: the adapter
 * creates its client in `connect` only when it has none, so this gives it one first (for a local file; an
 * in-memory database keeps the adapter's own client).
 */
export const withStatementCache = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const initialized = adapter.init(args)
    const sqlite = initialized as unknown as SqliteAdapter
    const connect = sqlite.connect
    sqlite.connect = async function (this: SqliteAdapter, ...connectArgs) {
      this.client ??= statementCachingClient(this.clientConfig)
      return connect.apply(this, connectArgs)
    }
    return initialized
  },
})
