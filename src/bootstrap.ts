import type { Migration, Payload } from 'payload'

import { migrations } from '../migrations/index.js'
import { databaseTarget } from './databaseTarget.js'
import { seed } from './seed/seed.js'

/**
 * Runs once a Payload instance is up: applies pending SQLite migrations (the
 * schema is pushed only by test suites, see `db.ts`), then seeds the demo when an
 * embedded database is still empty in development (`KINDRED_SEED=false` skips it).
 */
export const bootstrap = async (payload: Payload): Promise<void> => {
  // The generated migrations take the SQLite adapter's own argument type, narrower than Payload's generic one.
  if (payload.db.name === 'sqlite' && !payload.db.push)
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  const autoSeed = databaseTarget().embedded && process.env.NODE_ENV !== 'production'
  if (process.env.KINDRED_SEED === 'false' || !autoSeed) return
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs === 0) await seed(payload)
}
