import type { DatabaseAdapterObj } from 'payload'

import { databaseTarget } from './databaseTarget.js'
import { positiveIntegerEnv } from './positiveIntegerEnv.js'

/**
 * The Payload adapter for `DATABASE_URI`. SQLite and PostgreSQL never push
 * their schema: the migrations of the adapter in use (`migrations/` for SQLite,
 * `migrations-postgres/` for PostgreSQL) are applied at start (see
 * `bootstrap`), so a restart or an upgrade never stops at an interactive
 * prompt. Test suites, each on a fresh database, may push instead
 * (`KINDRED_SCHEMA_PUSH=true`); a test checks that the migrations produce
 * exactly the pushed schema.
 *
 * Only the adapter in use is imported: the MongoDB driver alone is some 400
 * modules, a fifth of a SQLite server's cold start.
 */
export const databaseAdapter = async (env: NodeJS.ProcessEnv = process.env): Promise<DatabaseAdapterObj> => {
  const target = databaseTarget(env)
  const timeoutMs = positiveIntegerEnv(env, 'DATABASE_TIMEOUT_MS', 5000)
  // Only test suites push (fresh databases, no prompts); everything else migrates.
  const push = env.KINDRED_SCHEMA_PUSH === 'true'
  if (target.kind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return mongooseAdapter({ connectOptions: { serverSelectionTimeoutMS: timeoutMs }, url: target.uri })
  }
  if (target.kind === 'postgres') {
    const pool = {
      connectionString: target.uri,
      connectionTimeoutMillis: timeoutMs,
      idleTimeoutMillis: positiveIntegerEnv(env, 'DATABASE_IDLE_TIMEOUT_MS', 30_000),
      // Per process: several processes behind a load balancer together must stay under the server's max_connections.
      max: positiveIntegerEnv(env, 'DATABASE_POOL_MAX', 10),
    }
    const { postgresAdapter } = await import('@payloadcms/db-postgres')
    const { default: pg } = await import('pg')
    const { ClosablePool } = await import('./closablePool.js')
    return postgresAdapter({
      idType: 'uuid',
      migrationDir: new URL('../migrations-postgres', import.meta.url).pathname,
      pg: { ...pg, Pool: ClosablePool },
      pool,
      push,
    })
  }
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  const sqlite = sqliteAdapter({
    busyTimeout: 5000,
    client: { url: target.uri },
    idType: 'uuid',
    migrationDir: new URL('../migrations', import.meta.url).pathname,
    push,
    // With WAL, NORMAL syncs the log at checkpoints instead of at every commit: a crash of the process (or a kill)
    // loses nothing; a power loss or an OS crash may lose the last commits, never corrupt the file (docs/scaling.md).
    wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'NORMAL' },
  })
  const { withStatementCache } = await import('./db/withStatementCache.js')
  return withStatementCache(sqlite)
}
