import type { Migration, Payload } from 'payload'

import { databaseTarget } from './databaseTarget.js'
import { migrateOnce } from './migrateOnce.js'
import { seed } from './seed/seed.js'

/**
 * The generated migrations of the SQL adapter in use. Each set imports its own
 * adapter (for `sql`), so only the one in use is loaded. They take that
 * adapter's own argument type, narrower than Payload's generic one.
 */
const sqlMigrations = async (adapter: string): Promise<Migration[] | undefined> => {
  if (adapter === 'sqlite')
    return (await import('../migrations/index.js')).migrations as unknown as Migration[]
  if (adapter === 'postgres')
    return (await import('../migrations-postgres/index.js')).migrations as unknown as Migration[]
  return undefined
}

/**
 * Runs once a Payload instance is up: applies pending SQL migrations (the
 * schema is pushed only by test suites, see `db.ts`), then seeds the demo when an
 * embedded database is still empty in development (`KINDRED_SEED=false` skips it).
 */
export const bootstrap = async (payload: Payload): Promise<void> => {
  const migrations = payload.db.push ? undefined : await sqlMigrations(payload.db.name)
  if (migrations) await migrateOnce(payload, migrations)
  const autoSeed = databaseTarget().embedded && process.env.NODE_ENV !== 'production'
  if (process.env.KINDRED_SEED === 'false' || !autoSeed) return
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs === 0) await seed(payload)
}
