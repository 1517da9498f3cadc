import { beforeAll, describe, expect, it } from '@jest/globals'

import { firstAdminToken, publishArticle, type ServerProcess } from './helpers/spawnServer.js'
import { useServerProcesses } from './helpers/useServerProcesses.js'

// A real process on PostgreSQL with a pool far too small for its load: requests that wait past
// DATABASE_TIMEOUT_MS for a connection must be told to come back (503 + Retry-After), not shown a 500.
// (PostgreSQL only: scripts/test.mjs runs this file in that pass alone.)
const processes = useServerProcesses('database-busy', [
  { env: { API_CACHE_SECONDS: '0', DATABASE_POOL_MAX: '3', DATABASE_TIMEOUT_MS: '150' } },
])
let server: ServerProcess

beforeAll(async () => {
  server = processes.servers[0]!
  // Something to read, with a relationship to populate: each read is several queries.
  await publishArticle(server, await firstAdminToken(server), 'A busy evening')
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
