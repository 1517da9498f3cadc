import type { Config } from '@libsql/client'

import { Sqlite3Client } from '@libsql/client/sqlite3'
import { expandConfig, isInMemoryConfig } from '@libsql/core/config'
import Database from 'libsql'

/** Prepared statements kept per connection: Payload's queries are a few hundred shapes. */
const capacity = 500

type Statement = Database.Statement<unknown[]>

/**
 * A SQLite connection made to prepare each SQL text once and reuse the statement, the most recently used
 * `capacity` of them. libsql's client prepares every statement it runs anew (SQLite parses and plans it
 * each time: a tenth of an uncached read's CPU, docs/benchmarks.md), while drizzle sends the same SQL text
 * with other parameters. Reuse is safe because the client runs a statement to its end synchronously
 * (`all` or `run`), so no two uses overlap. Checking the schema's version costs a few microseconds; preparing
 * a query Payload sends, tens to hundreds.
 */
const cachingStatements = (db: Database.Database): Database.Database => {
  const prepare = db.prepare.bind(db)
  const statements = new Map<string, Statement>()
  let schemaVersion: Statement | undefined
  let preparedAtVersion: unknown
  const prepareOnce = (sql: string): Statement => {
    // A kept statement would still describe the columns of the schema it was prepared on (libsql's client reads
    // them before running it): a migration, here or in another process, empties the cache.
    schemaVersion ??= prepare<unknown[]>('PRAGMA schema_version').raw(true)
    // Run to its end (`all`, not `get`), so it holds no read transaction open.
    const [[version]] = schemaVersion.all() as [[unknown]]
    if (version !== preparedAtVersion) {
      statements.clear()
      preparedAtVersion = version
    }
    const cached = statements.get(sql)
    if (cached) {
      // Most recently used last: the first entry is the one to drop.
      statements.delete(sql)
      statements.set(sql, cached)
      return cached
    }
    const statement = prepare<unknown[]>(sql)
    statements.set(sql, statement)
    if (statements.size > capacity) statements.delete(statements.keys().next().value!)
    return statement
  }
  db.prepare = prepareOnce as Database.Database['prepare']
  return db
}

/**
 * libsql's own local client (`@libsql/client/sqlite3`) over a connection that reuses prepared statements; for an
 * in-memory or a remote database, none (the adapter then creates its usual client).
 */
export const statementCachingClient = (config: Config): Sqlite3Client | undefined => {
  const expanded = expandConfig(config, true)
  if (expanded.scheme !== 'file' || isInMemoryConfig(expanded)) return undefined
  const { intMode, path } = expanded
  // A local file: no auth token or sync URL to pass on.
  const options = {}
  return new Sqlite3Client(path, options, cachingStatements(new Database(path, options)), intMode)
}
