import { beforeAll, describe, expect, it } from '@jest/globals'
import { createClient } from 'redis'

import { firstAdminToken, publishArticle, type ServerProcess } from '../helpers/spawnServer.js'
import { useServerProcesses } from '../helpers/useServerProcesses.js'

// A real Kindred process with REDIS_URL and a real redis-server: flood control lives in Redis, and when Redis
// goes away comments keep being accepted (the database takes over) instead of failing.
const processes = useServerProcesses('redis-flood', [{}], { redis: true })
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
  server = processes.servers[0]!
  slug = await publishArticle(server, await firstAdminToken(server), 'Redis flood control')
}, 60_000)

describe('comment flood control with REDIS_URL', () => {
  it('keeps each commenter’s last time in Redis, as a keyed hash, and refuses a second comment with 429', async () => {
    const guest = newGuest()
    expect((await post(guest, 'My first comment through Redis.')).status).toBe(201)
    const client = createClient({ url: processes.redis!.url })
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
    await processes.redis!.stop()
    const guest = newGuest()
    expect((await post(guest, 'Posted while Redis is away.')).status).toBe(201)
    const second = await post(guest, 'Posted again while Redis is away.')
    expect(second.status).toBe(429)
    expect(server.output().stdout).toContain('Comment rate-limit store failed')
  })
})
