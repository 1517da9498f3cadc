import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient } from 'redis'

import { freshPostgresDatabase } from '../helpers/freshPostgresDatabase.js'
import { startRedis } from '../helpers/startRedis.js'
import {
  firstAdminToken,
  publishArticle,
  type ServerProcess,
  spawnServer,
  waitUntilUp,
} from '../helpers/spawnServer.js'
import { testDatabase } from '../helpers/testDatabase.js'

// A real Kindred process with REDIS_URL and a real redis-server: flood control lives in Redis, and when Redis
// goes away comments keep being accepted (the database takes over) instead of failing.
let redis: Awaited<ReturnType<typeof startRedis>>
let postgres: Awaited<ReturnType<typeof freshPostgresDatabase>> | undefined
let dir: string
let server: ServerProcess
let slug: string
let guests = 0

const post = async (guest: { address: string; email: string }, body: string) =>
  fetch(`${server.url}/api/articles/${slug}/comments`, {
    body: JSON.stringify({ author: { email: guest.email, name: 'Guest' }, body }),
    headers: { 'content-type': 'application/json', 'x-forwarded-for': guest.address },
    method: 'POST',
  })
const newGuest = () => {
  guests += 1
  return { address: `10.9.0.${guests}`, email: `redis-guest-${guests}@example.test` }
}

beforeAll(async () => {
  redis = await startRedis()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-redis-flood-'))
  postgres = testDatabase() === 'postgres' ? await freshPostgresDatabase() : undefined
  server = await spawnServer({
    DATA_DIR: dir,
    DATABASE_URI: postgres?.url ?? `file:${path.join(dir, 'kindred.db')}`,
    JOBS_AUTORUN: 'false',
    KINDRED_SEED: 'false',
    LOG_FORMAT: 'json',
    PAYLOAD_SECRET: 'redis-flood-test-secret',
    REDIS_URL: redis.url,
    TRUST_PROXY: 'loopback',
  })
  await waitUntilUp(server, 90_000)
  slug = await publishArticle(server, await firstAdminToken(server), 'Redis flood control')
}, 180_000)

afterAll(async () => {
  server?.child.kill('SIGTERM')
  await server?.exited
  await redis?.stop()
  await postgres?.drop()
  if (dir) fs.rmSync(dir, { force: true, recursive: true })
}, 60_000)

describe('comment flood control with REDIS_URL', () => {
  it('keeps each commenter’s last time in Redis, as a keyed hash, and refuses a second comment with 429', async () => {
    const guest = newGuest()
    expect((await post(guest, 'My first comment through Redis.')).status).toBe(201)
    const client = createClient({ url: redis.url })
    await client.connect()
    const keys = await client.keys('kindred:comment-rate:*')
    await client.disconnect()
    expect(keys.length).toBeGreaterThan(0)
    // Hashed: neither the email nor the address sits in Redis in the clear.
    expect(keys.join(' ')).not.toContain(guest.email)
    expect(keys.join(' ')).not.toContain(guest.address)
    const second = await post(guest, 'And a second one at once.')
    expect(second.status).toBe(429)
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('still accepts comments, and still refuses floods, while Redis is down (the database takes over)', async () => {
    await redis.stop()
    const guest = newGuest()
    expect((await post(guest, 'Posted while Redis is away.')).status).toBe(201)
    const second = await post(guest, 'Posted again while Redis is away.')
    expect(second.status).toBe(429)
    expect(server.output().stdout).toContain('Comment rate-limit store failed')
  })
})
