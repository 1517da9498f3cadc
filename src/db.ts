import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { databaseTarget } from './databaseTarget.js'

/**
 * The Payload adapter for `DATABASE_URI`. SQLite never pushes its schema: the
 * migrations in `migrations/` are applied at start (see `bootstrap`), so
 * a restart or an upgrade never stops at an interactive prompt. Test suites,
 * each on a fresh database, may push instead (`KINDRED_SCHEMA_PUSH=true`); a
 * test checks that the migrations produce exactly the pushed schema.
 */
export const databaseAdapter = (env: NodeJS.ProcessEnv = process.env): DatabaseAdapterObj => {
  const target = databaseTarget(env)
  if (target.kind === 'mongodb') {
    return mongooseAdapter({
      connectOptions: { serverSelectionTimeoutMS: Number(env.DATABASE_TIMEOUT_MS || 5000) },
      url: target.uri,
    })
  }
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
