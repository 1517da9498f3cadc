import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'

import { bootKindred, type Kindred } from './helpers/bootKindred.js'
import { testDatabase } from './helpers/testDatabase.js'

// What only a database server can do to its clients: this suite runs in the PostgreSQL pass of `npm test`.
const onPostgres = testDatabase() === 'postgres'
let kindred: Kindred

beforeAll(async () => {
  if (onPostgres) kindred = await bootKindred()
})
afterAll(async () => {
  await kindred?.close()
})

;(onPostgres ? describe : describe.skip)('the PostgreSQL connection pool', () => {
  it('keeps serving when the server ends its connections (a restart, a failover), instead of crashing', async () => {
    expect((await kindred.request.get('/api/articles')).status).toBe(200)
    const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL })
    await admin.connect()
    try {
      const database = new URL(process.env.DATABASE_URI!).pathname.slice(1)
      const { rows } = await admin.query(
        'SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = $1',
        [database],
      )
      expect(rows.length).toBeGreaterThan(0)
    } finally {
      await admin.end()
    }
    // The ended connections' errors arrive first; an unheard pool error would end the process here.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect((await kindred.request.get('/readyz')).status).toBe(200)
    expect((await kindred.request.get('/api/articles')).status).toBe(200)
  })
})
