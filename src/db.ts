import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'

import { databaseTarget } from './databaseTarget.js'

/**
 * The Payload adapter for `DATABASE_URI`. SQLite never pushes its schema: the
 * migrations in `migrations/` are applied at start (see `bootstrap`), so
 * a restart or an upgrade never stops at an interactive prompt.
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
    push: false,
    wal: true,
  })
}
