import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { lexicalFromBlocks } from '../src/utilities/lexicalFromBlocks.js'
import { freshPostgresDatabase } from './helpers/freshPostgresDatabase.js'
import { type ServerProcess, spawnServer, waitUntilUp } from './helpers/spawnServer.js'

// A real process on PostgreSQL with a pool far too small for its load: requests that wait past
// DATABASE_TIMEOUT_MS for a connection must be told to come back (503 + Retry-After), not shown a 500.
let postgres: Awaited<ReturnType<typeof freshPostgresDatabase>>
let dir: string
let server: ServerProcess
let slug: string

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
    TRUST_PROXY: 'loopback',
  })
  await waitUntilUp(server, 120_000)
  const first = await fetch(`${server.url}/api/users/first-register`, {
    body: JSON.stringify({ email: 'owner@example.com', name: 'Owner', password: 'a-long-password' }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  expect(first.status).toBe(200)
  const { token } = (await first.json()) as { token: string }
  const article = await fetch(`${server.url}/api/articles`, {
    body: JSON.stringify({
      _status: 'published',
      content: lexicalFromBlocks([{ text: 'Busy evening', type: 'paragraph' }]),
      title: 'A busy evening',
    }),
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    method: 'POST',
  })
  expect(article.status).toBe(201)
  slug = ((await article.json()) as { doc: { slug: string } }).doc.slug
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
      Array.from({ length: 120 }, () => fetch(`${server.url}/api/articles?limit=10&depth=1`)),
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

  it('stored nothing for a comment answered 503: the same comment sent again after Retry-After is stored, not refused as a duplicate or a flood', async () => {
    const guests = Array.from({ length: 120 }, (_, i) => ({
      address: `10.77.${Math.floor(i / 250)}.${(i % 250) + 1}`,
      body: `Posted in the rush, number ${i}.`,
      email: `rush-${i}@example.test`,
    }))
    const post = (guest: (typeof guests)[number]) =>
      fetch(`${server.url}/api/articles/${slug}/comments`, {
        body: JSON.stringify({ author: { email: guest.email, name: 'Rush' }, body: guest.body }),
        headers: { 'content-type': 'application/json', 'x-forwarded-for': guest.address },
        method: 'POST',
      })
    const answers = await Promise.all(guests.map(post))
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status !== 201 && status !== 503)).toEqual([])
    const turnedAway = guests.filter((_, i) => statuses[i] === 503)
    expect(turnedAway.length).toBeGreaterThan(0)
    await new Promise((resolve) => setTimeout(resolve, 2000))
    // One at a time now, as the load has passed: each is stored.
    const again: number[] = []
    for (const guest of turnedAway) again.push((await post(guest)).status)
    expect(again.filter((status) => status !== 201)).toEqual([])
  })
})
