import type { DatabaseAdapterObj } from 'payload'

import { databaseTarget } from './databaseTarget.js'

/**
 * The Payload adapter for `DATABASE_URI`. SQLite never pushes its schema: the
 * migrations in `migrations/` are applied at start (see `bootstrap`), so
 * a restart or an upgrade never stops at an interactive prompt. Test suites,
 * each on a fresh database, may push instead (`KINDRED_SCHEMA_PUSH=true`); a
 * test checks that the migrations produce exactly the pushed schema.
 *
 * Only the adapter in use is imported: the MongoDB driver alone is some 400
 * modules, a fifth of a SQLite server's cold start.
 */
export const databaseAdapter = async (env: NodeJS.ProcessEnv = process.env): Promise<DatabaseAdapterObj> => {
  const target = databaseTarget(env)
  if (target.kind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return mongooseAdapter({
      connectOptions: { serverSelectionTimeoutMS: Number(env.DATABASE_TIMEOUT_MS || 5000) },
      url: target.uri,
    })
  }
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  return sqliteAdapter({
    busyTimeout: 5000,
    client: { url: target.uri },
    idType: 'uuid',
    migrationDir: new URL('../migrations', import.meta.url).pathname,
    // Only test suites push (fresh databases, no prompts); everything else migrates.
    push: env.KINDRED_SCHEMA_PUSH === 'true',
    wal: true,
  })
}
