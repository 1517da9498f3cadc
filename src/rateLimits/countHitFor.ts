import type { DatabaseAdapter } from 'payload'

import { mongoCountHit } from './mongoCountHit.js'
import { sqlCountHit } from './sqlCountHit.js'

/**
 * The atomic counter for the database Payload runs on: one conditional upsert
 * through drizzle on SQLite and PostgreSQL (tested on both), or one
 * `findOneAndUpdate` on MongoDB (written and type-checked, not tested here).
 */
export const countHitFor = (db: DatabaseAdapter): typeof sqlCountHit => {
  if (db.name === 'sqlite' || db.name === 'postgres') return sqlCountHit
  if (db.name === 'mongoose') return mongoCountHit
  throw new Error(`No atomic rate-limit counter for the "${db.name}" database adapter.`)
}
