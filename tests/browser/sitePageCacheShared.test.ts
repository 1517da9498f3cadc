import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { lexicalFromBlocks } from '../../src/utilities/lexicalFromBlocks.js'
import { type ProductionServer, startProductionServer } from '../helpers/productionServer.js'
import { staffCalls } from '../helpers/staffCalls.js'
import { firstAdminToken } from '../helpers/spawnServer.js'
import { startRedis } from '../helpers/startRedis.js'

// Two site nodes (the production build, ADMIN=true) on one database, sharing cache clears over a real
// redis-server, with caches that live a minute: only the shared clear can make a publish on one node show on the
// other's cached pages at once. (Here rather than beside tests/sharedReadCache.test.ts: a site node needs the build.)
let redis: Awaited<ReturnType<typeof startRedis>>
let dir: string
let a: ProductionServer
let b: ProductionServer
let token: string

beforeAll(async () => {
  redis = await startRedis()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-site-shared-'))
  const shared = {
    API_CACHE_SECONDS: '60',
    DATABASE_URI: `file:${path.join(dir, 'kindred.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'site-shared-test-secret',
    REDIS_URL: redis.url,
  }
  // One node migrates the new database first; the other finds it ready.
  a = await startProductionServer('site-shared-a', shared)
  b = await startProductionServer('site-shared-b', shared)
  token = await firstAdminToken(a)
}, 1_500_000)

afterAll(async () => {
  await a?.stop()
  await b?.stop()
  await redis?.stop()
  if (dir) fs.rmSync(dir, { force: true, recursive: true })
}, 60_000)

/** An anonymous page load: its status, body and whether the page cache answered. */
const load = async (server: ProductionServer, route: string) => {
  const res = await fetch(`${server.url}${route}`)
  return { cache: res.headers.get('x-page-cache'), html: await res.text(), status: res.status }
}

describe('the reader site page cache across processes, with REDIS_URL', () => {
  it('shows an article published on one node on the next load of another node’s cached home page, and 404s it once unpublished', async () => {
    await load(b, '/')
    const warm = await load(b, '/')
    expect([warm.status, warm.cache]).toEqual([200, 'hit'])

    const { call, create } = staffCalls(a.url, token)
    const article = await create('articles', {
      _status: 'published',
      content: lexicalFromBlocks([{ text: 'Published on node a.', type: 'paragraph' }]),
      title: 'News from the other node',
    })
    const home = await load(b, '/')
    expect([home.status, home.cache]).toEqual([200, 'miss'])
    expect(home.html).toContain('News from the other node')

    const page = `/articles/${article.slug}`
    await load(b, page)
    expect((await load(b, page)).cache).toBe('hit')
    const unpublish = await call(`/api/articles/${article.id}`, {
      body: JSON.stringify({ _status: 'draft' }),
      method: 'PATCH',
    })
    expect(unpublish.status).toBe(200)
    expect((await load(b, page)).status).toBe(404)
  })
})
