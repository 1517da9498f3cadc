import type { DatabaseAdapter } from 'payload'

import type { ClaimArgs } from './sqlClaim.js'

import { mongoClaim } from './mongoClaim.js'
import { sqlClaim } from './sqlClaim.js'

/**
 * The atomic claim for the database Payload runs on: one conditional upsert
 * through drizzle on SQLite and PostgreSQL (tested on both), or one
 * `findOneAndUpdate` on MongoDB (written and type-checked, not tested here).
 */
export const atomicClaimFor = (db: DatabaseAdapter): ((args: ClaimArgs) => ReturnType<typeof sqlClaim>) => {
  if (db.name === 'sqlite' || db.name === 'postgres') return sqlClaim
  if (db.name === 'mongoose') return mongoClaim
  throw new Error(`comment-moderation: no atomic rate-limit claim for the "${db.name}" database adapter.`)
}
