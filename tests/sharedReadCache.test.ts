import { beforeAll, describe, expect, it } from '@jest/globals'

import { lexicalFromBlocks } from '../src/utilities/lexicalFromBlocks.js'
import { firstAdminToken, type ServerProcess } from './helpers/spawnServer.js'
import { startRedis } from './helpers/startRedis.js'
import { useServerProcesses } from './helpers/useServerProcesses.js'

// Three real Kindred processes on one database (a SQLite file, or PostgreSQL in that pass) behind no balancer:
// `a` and `b` share clears over a real redis-server, `c` has no REDIS_URL. The cache lives long in `a` and `b`,
// so only the shared clear can make a write show there at once; `c`'s short TTL is the only thing that helps it.
const sharedTtlSeconds = 60
const localTtlSeconds = 4

const shared = { env: { API_CACHE_SECONDS: String(sharedTtlSeconds) } }
const processes = useServerProcesses(
  'shared-cache',
  [shared, shared, { env: { API_CACHE_SECONDS: String(localTtlSeconds) }, redis: false }],
  { redis: true },
)
let a: ServerProcess
let b: ServerProcess
let c: ServerProcess
let auth: string

/** The parts of Payload's answers these tests read. */
type Body = {
  categories?: { title: string }[]
  doc?: { id: string }
  docs?: { title: string }[]
  title?: string
}
type Answer = { body: Body; cache: null | string; status: number }

const call = async (server: ServerProcess, url: string, method = 'GET', data?: unknown): Promise<Answer> => {
  const response = await fetch(`${server.url}${url}`, {
    body: data === undefined ? undefined : JSON.stringify(data),
    headers:
      data === undefined
        ? { authorization: auth }
        : { authorization: auth, 'content-type': 'application/json' },
    method,
  })
  return { body: await response.json(), cache: response.headers.get('x-cache'), status: response.status }
}
/** An anonymous read, the kind the cache serves. */
const read = async (server: ServerProcess, url: string): Promise<Answer> => {
  const response = await fetch(`${server.url}${url}`)
  return { body: await response.json(), cache: response.headers.get('x-cache'), status: response.status }
}
/** Reads twice: the second answer must come from the cache, so what follows starts from a warm one. */
const warm = async (server: ServerProcess, url: string): Promise<Answer> => {
  await read(server, url)
  const second = await read(server, url)
  expect([second.status, second.cache]).toEqual([200, 'hit'])
  return second
}

const list = '/api/articles?limit=100&depth=0&sort=-createdAt'
const titles = (answer: Answer): string[] => (answer.body.docs ?? []).map((doc) => doc.title)
const content = lexicalFromBlocks([{ text: 'Shared across processes', type: 'paragraph' }])

let made = 0
const createCategory = async (title: string): Promise<string> => {
  const created = await call(a, '/api/categories', 'POST', { title })
  expect(created.status).toBe(201)
  return created.body.doc!.id
}
const renameCategory = async (id: string, title: string) => {
  expect((await call(a, `/api/categories/${id}`, 'PATCH', { title })).status).toBe(200)
}
const uniqueTitle = (what: string) => `${what} ${++made}`

beforeAll(async () => {
  ;[a, b, c] = processes.servers as [ServerProcess, ServerProcess, ServerProcess]
  auth = `JWT ${await firstAdminToken(a)}`
}, 60_000)

describe('the read cache across processes, with REDIS_URL', () => {
  it('shows an article published on one process at once on another whose cached list did not have it', async () => {
    const title = uniqueTitle('Published elsewhere')
    const draft = await call(a, '/api/articles', 'POST', { _status: 'draft', content, title })
    expect(draft.status).toBe(201)
    expect(titles(await warm(b, list))).not.toContain(title)
    const published = await call(a, `/api/articles/${draft.body.doc!.id}`, 'PATCH', { _status: 'published' })
    expect(published.status).toBe(200)
    const after = await read(b, list)
    expect(after.cache).toBe('miss')
    expect(titles(after)).toContain(title)
  })

  it('shows a category renamed on one process at once on another, in the category and the article embedding it', async () => {
    const before = uniqueTitle('Trust')
    const id = await createCategory(before)
    const article = await call(a, '/api/articles', 'POST', {
      _status: 'published',
      categories: [id],
      content,
      title: uniqueTitle('Filed under trust'),
    })
    expect(article.status).toBe(201)
    const articleUrl = `/api/articles/${article.body.doc!.id}?depth=1`
    expect((await warm(b, `/api/categories/${id}`)).body.title).toBe(before)
    expect((await warm(b, articleUrl)).body.categories?.[0]?.title).toBe(before)
    const after = uniqueTitle('Trust, renamed')
    await renameCategory(id, after)
    expect((await read(b, `/api/categories/${id}`)).body.title).toBe(after)
    expect((await read(b, articleUrl)).body.categories?.[0]?.title).toBe(after)
  })
})

describe('the read cache across processes, with REDIS_URL, under reads sent by POST', () => {
  it("keeps the other processes' caches through a GraphQL query, which writes nothing", async () => {
    await warm(b, list)
    const query = await fetch(`${a.url}/api/graphql`, {
      body: JSON.stringify({ query: '{ Categories { docs { title } } }' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(query.status).toBe(200)
    expect((await read(b, list)).cache).toBe('hit')
  })
})

describe('the read cache across processes, without REDIS_URL', () => {
  it('keeps serving the answer it cached until API_CACHE_SECONDS have passed, then the new one', async () => {
    const before = uniqueTitle('Patience')
    const id = await createCategory(before)
    const url = `/api/categories/${id}`
    const stored = await read(c, url)
    const storedAt = Date.now()
    expect([stored.cache, stored.body.title]).toEqual(['miss', before])
    const after = uniqueTitle('Patience, renamed')
    await renameCategory(id, after)
    const stale = await read(c, url)
    // Only meaningful while the entry is still young: the rename must have been quicker than the TTL.
    expect(Date.now() - storedAt).toBeLessThan(localTtlSeconds * 1000)
    expect([stale.cache, stale.body.title]).toEqual(['hit', before])
    await new Promise((resolve) => setTimeout(resolve, storedAt + localTtlSeconds * 1000 + 200 - Date.now()))
    const fresh = await read(c, url)
    expect([fresh.cache, fresh.body.title]).toEqual(['miss', after])
  })
})

describe('the read cache when Redis goes away', () => {
  it('keeps answering reads and writes, logs the outage once per process, and shares clears again once Redis is back', async () => {
    const id = await createCategory(uniqueTitle('Outage'))
    const url = `/api/categories/${id}`
    await processes.redis!.stop()
    const deadline = Date.now() + 2000
    // Long enough for several reconnection attempts (node-redis retries every ≤ 500 ms), each an error event.
    while (Date.now() < deadline) {
      await renameCategory(id, uniqueTitle('Renamed while Redis is down'))
      for (const server of [a, b, c]) {
        expect((await read(server, url)).status).toBe(200)
        expect((await read(server, list)).status).toBe(200)
      }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    for (const server of [a, b]) {
      const warnings = server
        .output()
        .stdout.split('\n')
        .filter((line) => line.includes('Redis at REDIS_URL'))
      expect(warnings).toHaveLength(1)
    }
    for (const server of [a, b, c]) expect(server.child.exitCode).toBeNull()

    processes.redis = await startRedis({ port: Number(new URL(processes.redis!.url).port) })
    // Both processes reconnect by themselves; until they have, b's cached answer stays (its TTL is long).
    const backBy = Date.now() + 15_000
    let seenAtOnce = false
    while (!seenAtOnce && Date.now() < backBy) {
      await warm(b, url)
      const title = uniqueTitle('Renamed once Redis is back')
      await renameCategory(id, title)
      seenAtOnce = (await read(b, url)).body.title === title
      if (!seenAtOnce) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(seenAtOnce).toBe(true)
  }, 60_000)
})

describe('stopping a process that shares clears', () => {
  it('exits cleanly on SIGTERM while Redis is down, without waiting for it', async () => {
    await processes.redis!.stop()
    await new Promise((resolve) => setTimeout(resolve, 300))
    b.child.kill('SIGTERM')
    // A close that waited for Redis would be cut short by the 10 s guard in src/server.ts, exiting 1.
    expect(await b.exited).toBe(0)
  }, 30_000)
})
