import path from 'node:path'

import { ConfigError } from './ConfigError.js'
import { dataDir } from './dataDir.js'

export type DatabaseTarget = { embedded: boolean; kind: 'mongodb' | 'postgres' | 'sqlite'; uri: string }

/**
 * Reads `DATABASE_URI`: `mongodb://` or `mongodb+srv://` is MongoDB,
 * `postgres://` or `postgresql://` is PostgreSQL, `file:` is SQLite. Unset
 * means the embedded SQLite file under the data folder (the server may have
 * started an embedded MongoDB and set the variable first).
 */
export const databaseTarget = (env: NodeJS.ProcessEnv = process.env): DatabaseTarget => {
  const uri = env.DATABASE_URI?.trim()
  if (!uri) {
    return { embedded: true, kind: 'sqlite', uri: `file:${path.join(dataDir(env), 'kindred.db')}` }
  }
  const embedded = env.KINDRED_EMBEDDED_DB === 'true'
  if (/^mongodb(\+srv)?:\/\/[^/?#]+/.test(uri)) return { embedded, kind: 'mongodb', uri }
  if (/^postgres(ql)?:\/\/[^/?#]+\/[^/?#]+/.test(uri)) return { embedded, kind: 'postgres', uri }
  if (/^file:.+/.test(uri)) return { embedded, kind: 'sqlite', uri }
  throw new ConfigError(
    'DATABASE_URI is malformed: use postgres://user:password@host/db, mongodb://host/db, mongodb+srv://cluster/db or file:path/to/kindred.db (or leave it unset for the embedded database).',
  )
}
