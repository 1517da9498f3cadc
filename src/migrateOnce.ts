import type { Migration, Payload } from 'payload'

type PoolClient = { query: (text: string) => Promise<unknown>; release: () => void }

/**
 * Applies pending migrations. On PostgreSQL several processes may start at
 * once against one database: a session lock makes each wait for the one
 * migrating, then find nothing left to do, instead of both creating the same
 * tables and one of them failing to start.
 */
export const migrateOnce = async (payload: Payload, migrations: Migration[]): Promise<void> => {
  if (payload.db.name !== 'postgres') return payload.db.migrate({ migrations })
  const { pool } = payload.db as unknown as { pool: { connect: () => Promise<PoolClient> } }
  const client = await pool.connect()
  // Any fixed number names the lock; this one is "kindred" in ASCII, read as a number.
  const lock = 'SELECT pg_advisory_lock(30233745360577892)'
  try {
    await client.query(lock)
    await payload.db.migrate({ migrations })
  } finally {
    await client.query(lock.replace('pg_advisory_lock', 'pg_advisory_unlock')).catch(() => undefined)
    client.release()
  }
}
