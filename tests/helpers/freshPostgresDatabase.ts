import crypto from 'node:crypto'
import pg from 'pg'

/**
 * A new, empty database in the PostgreSQL cluster at `adminURL` (by default
 * `TEST_POSTGRES_URL`, set by globalSetup when it starts a throwaway one), so
 * each test file starts from nothing, as each does on SQLite. `drop` removes
 * it, connections and all.
 */
export const freshPostgresDatabase = async (
  adminURL = process.env.TEST_POSTGRES_URL,
): Promise<{ drop: () => Promise<void>; url: string }> => {
  if (!adminURL)
    throw new Error('TEST_DATABASE=postgres needs TEST_POSTGRES_URL, or the throwaway one globalSetup starts')
  const name = `kindred_test_${crypto.randomBytes(6).toString('hex')}`
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminURL })
    await client.connect()
    try {
      await client.query(statement)
    } finally {
      await client.end()
    }
  }
  await admin(`CREATE DATABASE ${name}`)
  const url = new URL(adminURL)
  url.pathname = `/${name}`
  return { drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`), url: url.toString() }
}
