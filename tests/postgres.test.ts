import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'

import { bootKindred, type Kindred } from './helpers/bootKindred.js'
import { freshPostgresDatabase } from './helpers/freshPostgresDatabase.js'
import { spawnServer, waitUntilUp } from './helpers/spawnServer.js'
import { testDatabase } from './helpers/testDatabase.js'

// PostgreSQL as the multi-node database: what only a database server shared by several processes can do.
// This suite runs in the PostgreSQL pass of `npm test` only (scripts/test.mjs leaves it out of the SQLite pass).
let kindred: Kindred

beforeAll(async () => {
  if (testDatabase() !== 'postgres') throw new Error('tests/postgres.test.ts needs TEST_DATABASE=postgres')
  kindred = await bootKindred()
})
afterAll(async () => {
  await kindred?.close()
})

describe('the PostgreSQL connection pool', () => {
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

describe('several processes starting at once on one new PostgreSQL database', () => {
  it('all come up, and each migration is applied exactly once', async () => {
    const database = await freshPostgresDatabase()
    const env = {
      DATABASE_URI: database.url,
      JOBS_AUTORUN: 'false',
      // Migrate at start as production does (this file's own boot pushed its schema).
      KINDRED_SCHEMA_PUSH: 'false',
      PAYLOAD_SECRET: 'postgres-test-secret',
    }
    const servers = await Promise.all([spawnServer(env), spawnServer(env)])
    try {
      await Promise.all(servers.map((server) => waitUntilUp(server, 90_000)))
      for (const server of servers) {
        const ready = await (await fetch(`${server.url}/readyz`)).json()
        expect(ready).toEqual({ database: 'postgres', status: 'ready' })
      }
      const admin = new pg.Client({ connectionString: database.url })
      await admin.connect()
      try {
        const { rows } = await admin.query(
          'SELECT name, count(*)::int AS times FROM payload_migrations GROUP BY name',
        )
        const applied = (await import('../migrations-postgres/index.js')).migrations.map(({ name }) => name)
        expect(rows.map(({ name }) => name).sort()).toEqual(applied.sort())
        expect(rows.every(({ times }) => times === 1)).toBe(true)
      } finally {
        await admin.end()
      }
    } finally {
      for (const server of servers) server.child.kill('SIGTERM')
      await Promise.all(servers.map((server) => server.exited))
      await database.drop()
    }
  }, 120_000)
})
