import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freshPostgresDatabase } from './helpers/freshPostgresDatabase.js'
import {
  firstAdminToken,
  publishArticle,
  type ServerProcess,
  spawnServer,
  waitUntilUp,
} from './helpers/spawnServer.js'

// A real process on PostgreSQL with a pool far too small for its load: requests that wait past
// DATABASE_TIMEOUT_MS for a connection must be told to come back (503 + Retry-After), not shown a 500.
let postgres: Awaited<ReturnType<typeof freshPostgresDatabase>>
let dir: string
let server: ServerProcess

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-busy-'))
  postgres = await freshPostgresDatabase()
  server = await spawnServer({
    API_CACHE_SECONDS: '0',
    DATA_DIR: dir,
    DATABASE_POOL_MAX: '3',
    DATABASE_TIMEOUT_MS: '150',
    DATABASE_URI: postgres.url,
    JOBS_AUTORUN: 'false',
    KINDRED_SEED: 'false',
    LOG_FORMAT: 'json',
    PAYLOAD_SECRET: 'database-busy-test-secret',
  })
  await waitUntilUp(server, 120_000)
  // Something to read, with a relationship to populate: each read is several queries.
  await publishArticle(server, await firstAdminToken(server), 'A busy evening')
}, 180_000)

afterAll(async () => {
  server?.child.kill('SIGTERM')
  await server?.exited
  await postgres?.drop()
  if (dir) fs.rmSync(dir, { force: true, recursive: true })
}, 60_000)

describe('an overloaded database', () => {
  it('answers 503 with Retry-After and a plain message to requests that got no connection in time, never 500', async () => {
    const answers = await Promise.all(
      Array.from({ length: 240 }, () => fetch(`${server.url}/api/articles?limit=10&depth=1`)),
    )
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status !== 200 && status !== 503)).toEqual([])
    const busy = answers.filter((answer) => answer.status === 503)
    expect(busy.length).toBeGreaterThan(0)
    expect(busy.every((answer) => Number(answer.headers.get('retry-after')) > 0)).toBe(true)
    await expect(busy[0].json()).resolves.toEqual({
      errors: [{ message: 'The database is busy; try again in a moment.' }],
    })
    // The process itself is fine: once the burst is over, the same read succeeds.
    expect((await fetch(`${server.url}/api/articles?limit=10&depth=1`)).status).toBe(200)
  })
})
