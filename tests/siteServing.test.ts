import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  firstAdminToken,
  publishArticle,
  type ServerProcess,
  spawnServer,
  waitUntilUp,
} from './helpers/spawnServer.js'

// An API-only node (ADMIN=false) as a scaled-out deployment runs them behind a load balancer. That a site node
// does serve these pages is driven in tests/browser/siteArticles.test.ts, which has the production build it needs.
let dir: string
let server: ServerProcess
// The slug Payload makes of the title; the test checks it did.
const slug = 'served-by-the-api-only'

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-site-serving-'))
  server = await spawnServer({
    ADMIN: 'false',
    DATABASE_URI: `file:${path.join(dir, 'kindred.db')}`,
    DATA_DIR: dir,
    JOBS_AUTORUN: 'false',
    KINDRED_SEED: 'false',
    PAYLOAD_SECRET: 'site-serving-test-secret',
  })
  await waitUntilUp(server, 120_000)
  expect(await publishArticle(server, await firstAdminToken(server), 'Served by the API only')).toBe(slug)
}, 180_000)

afterAll(async () => {
  server?.child.kill('SIGTERM')
  await server?.exited
  if (dir) fs.rmSync(dir, { force: true, recursive: true })
}, 60_000)

describe('an API-only node (ADMIN=false)', () => {
  it('serves the published article through the API', async () => {
    const res = await fetch(`${server.url}/api/articles?where[slug][equals]=${slug}`)
    expect(res.status).toBe(200)
    expect(((await res.json()) as { docs: { title: string }[] }).docs.map((doc) => doc.title)).toEqual([
      'Served by the API only',
    ])
  })

  it.each(['/', `/articles/${slug}`, '/sign-in'])(
    'answers the reader site page %s with the API’s JSON 404, not a page',
    async (route) => {
      const res = await fetch(`${server.url}${route}`)
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toContain('application/json')
      expect(await res.json()).toEqual({ errors: [{ message: 'Not found. The API is under /api.' }] })
    },
  )
})
