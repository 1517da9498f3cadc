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

/**
 * Risk: a guest told "503, the database is busy, try again in a moment" is refused as a flood (429, wait 15 s)
 * when they do try again, because the failed post spent their turn and the give-back needed the very pool that
 * had no connection to spare. A real process on PostgreSQL with a pool far too small for a burst of reads and
 * comment posts from many guests, each from an address of its own.
 */
let postgres: Awaited<ReturnType<typeof freshPostgresDatabase>>
let dir: string
let server: ServerProcess
let slug: string

const settings = (): Record<string, string> => ({
  API_CACHE_SECONDS: '0',
  DATA_DIR: dir,
  DATABASE_URI: postgres.url,
  JOBS_AUTORUN: 'false',
  KINDRED_SEED: 'false',
  LOG_FORMAT: 'json',
  PAYLOAD_SECRET: 'busy-retry-keeps-turn-secret',
  TRUST_PROXY: 'loopback',
})

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-busy-turn-'))
  postgres = await freshPostgresDatabase()
  // The schema, the first admin and the article are made by a process with the default pool: with three
  // connections and a 150 ms wait, a start on a loaded machine can time out in its migrations, which is not
  // what this test is about.
  const preparer = await spawnServer(settings())
  await waitUntilUp(preparer, 120_000)
  slug = await publishArticle(preparer, await firstAdminToken(preparer), 'A crowded evening')
  preparer.child.kill('SIGTERM')
  await preparer.exited
  server = await spawnServer({ ...settings(), DATABASE_POOL_MAX: '3', DATABASE_TIMEOUT_MS: '150' })
  await waitUntilUp(server, 120_000)
}, 240_000)

afterAll(async () => {
  server?.child.kill('SIGTERM')
  await server?.exited
  await postgres?.drop()
  if (dir) fs.rmSync(dir, { force: true, recursive: true })
}, 60_000)

const guest = (n: number) => ({
  address: `10.9.${Math.floor(n / 250)}.${(n % 250) + 1}`,
  email: `crowd-${n}@example.test`,
  name: `Crowd ${n}`,
})

const post = (n: number) =>
  fetch(`${server.url}/api/articles/${slug}/comments`, {
    body: JSON.stringify({
      author: { email: guest(n).email, name: guest(n).name },
      body: `Guest ${n} writes in.`,
    }),
    headers: { 'content-type': 'application/json', 'x-forwarded-for': guest(n).address },
    method: 'POST',
  })

describe('a comment post answered 503 under a saturated PostgreSQL pool', () => {
  it('leaves the guest’s flood-control turn free: the same post sent again at once is taken (201), never refused as a flood (429)', async () => {
    const busyGuests: number[] = []
    // A few rounds: which posts meet a full pool is up to timing; each round's guests are new people.
    for (let round = 0; round < 4 && busyGuests.length < 5; round += 1) {
      const first = round * 60
      const reads = Array.from({ length: 160 }, () => fetch(`${server.url}/api/articles?limit=10&depth=1`))
      const posts = Array.from({ length: 60 }, (_, i) =>
        post(first + i).then((res) => [first + i, res.status]),
      )
      const answers = await Promise.all(posts)
      await Promise.all(reads)
      for (const [n, status] of answers) {
        expect([201, 503]).toContain(status)
        if (status === 503) busyGuests.push(n)
      }
    }
    expect(busyGuests.length).toBeGreaterThan(0)
    // The burst is over: each guest told 503 tries again at once, well inside the 15 s guest interval.
    const again: number[] = []
    for (const n of busyGuests) again.push((await post(n)).status)
    expect(again).toEqual(busyGuests.map(() => 201))
  }, 240_000)
})
