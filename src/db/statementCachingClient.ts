import type { Config } from '@libsql/client'

import { Sqlite3Client } from '@libsql/client/sqlite3'
import { expandConfig, isInMemoryConfig } from '@libsql/core/config'
import Database from 'libsql'

/** Prepared statements kept per connection: Payload's queries are a few hundred shapes. */
const capacity = 500

type Statement = ReturnType<Database.Database['prepare']>

/**
 * A SQLite connection that prepares each SQL text once and reuses the statement, the most recently used
 * `capacity` of them. libsql's client prepares every statement it runs anew (SQLite parses and plans it
 * each time: a tenth of an uncached read's CPU, docs/benchmarks.md), while drizzle sends the same SQL text
 * with other parameters. Reuse is safe because the client runs a statement to its end synchronously
 * (`all` or `run`), so no two uses overlap. Checking the schema's version costs a few microseconds; preparing
 * a query Payload sends, tens to hundreds.
 */
class StatementCachingDatabase extends Database {
  readonly #statements = new Map<string, Statement>()
  #schemaVersion: Statement | undefined
  #preparedAtVersion: unknown

  override prepare(sql: string): Statement {
    // A kept statement would still describe the columns of the schema it was prepared on (libsql's client reads
    // them before running it): a migration, here or in another process, empties the cache.
    this.#schemaVersion ??= super.prepare('PRAGMA schema_version').raw(true)
    // Run to its end (`all`, not `get`), so it holds no read transaction open.
    const [[version]] = this.#schemaVersion.all() as [[unknown]]
    if (version !== this.#preparedAtVersion) {
      this.#statements.clear()
      this.#preparedAtVersion = version
    }
    const cached = this.#statements.get(sql)
    if (cached) {
      // Most recently used last: the first entry is the one to drop.
      this.#statements.delete(sql)
      this.#statements.set(sql, cached)
      return cached
    }
    const statement = super.prepare(sql)
    this.#statements.set(sql, statement)
    if (this.#statements.size > capacity) this.#statements.delete(this.#statements.keys().next().value!)
    return statement
  }
}

/**
 * libsql's own local client (`@libsql/client/sqlite3`) over a connection that reuses prepared statements; for an
 * in-memory or a remote database, none (the adapter then creates its usual client).
 */
export const statementCachingClient = (config: Config): Sqlite3Client | undefined => {
  const expanded = expandConfig(config, true)
  if (expanded.scheme !== 'file' || isInMemoryConfig(expanded)) return undefined
  const { intMode, path } = expanded
  const options = { authToken: config.authToken, encryptionKey: config.encryptionKey }
  return new Sqlite3Client(path, options, new StatementCachingDatabase(path, options), intMode)
}
