import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

import { bundleServer } from '../src/build/bundleServer.js'
import { lexicalFromBlocks } from '../src/utilities/lexicalFromBlocks.js'
import { freshPostgresDatabase } from './helpers/freshPostgresDatabase.js'
import { type ServerProcess, spawnServer, waitUntilUp } from './helpers/spawnServer.js'
import { testDatabase } from './helpers/testDatabase.js'

// Inside the repository, so the bundle finds the packages it leaves in node_modules.
const bundleDir = path.resolve('dist', `test-bundle-${process.pid}`)
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-bundle-'))
let server: ServerProcess
let auth: string
let postgres: Awaited<ReturnType<typeof freshPostgresDatabase>> | undefined

const api = async (route: string, init: RequestInit = {}) => {
  const res = await fetch(`${server.url}${route}`, init)
  const text = await res.text()
  return { body: text ? JSON.parse(text) : undefined, headers: res.headers, status: res.status }
}
const json = (method: string, body: unknown, authorization?: string): RequestInit => ({
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
  method,
})

beforeAll(async () => {
  await bundleServer(path.join(bundleDir, 'server.mjs'))
  // What `npm start` runs, on a fresh database (TEST_DATABASE): that adapter's migrations must build the schema at start.
  postgres = testDatabase() === 'postgres' ? await freshPostgresDatabase() : undefined
  server = await spawnServer(
    {
      ADMIN: 'false',
      DATABASE_URI: postgres?.url ?? `file:${path.join(dataDir, 'kindred.db')}`,
      DATA_DIR: dataDir,
      JOBS_AUTORUN: 'false',
      MEDIA_DIR: path.join(dataDir, 'media'),
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'bundle-test-secret',
    },
    ['--conditions=production', path.join(bundleDir, 'server.mjs')],
  )
  await waitUntilUp(server, 60_000)
}, 120_000)

afterAll(async () => {
  server?.child.kill('SIGTERM')
  await server?.exited
  await postgres?.drop()
  fs.rmSync(bundleDir, { force: true, recursive: true })
  fs.rmSync(dataDir, { force: true, recursive: true })
})

describe('the production bundle (npm run build:server, npm start)', () => {
  it('migrates a fresh database at start and answers ready', async () => {
    expect((await api('/readyz')).body).toEqual({ database: testDatabase(), status: 'ready' })
    expect((await api('/api/articles')).body.totalDocs).toBe(0)
  })

  it('registers the first user as admin, who uploads an image that sharp resizes', async () => {
    const first = await api(
      '/api/users/first-register',
      json('POST', { email: 'owner@example.com', name: 'Owner', password: 'a-long-password' }),
    )
    expect(first.status).toBe(200)
    expect(first.body.user.roles).toEqual(['admin'])
    auth = `JWT ${first.body.token}`

    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Two chairs on a porch' }))
    const png = await sharp({ create: { background: '#806a5a', channels: 3, height: 600, width: 900 } })
      .png()
      .toBuffer()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'porch.png')
    const upload = await api('/api/media', { body: form, headers: { authorization: auth }, method: 'POST' })
    expect(upload.status).toBe(201)
    expect(upload.body.doc.sizes.thumbnail).toMatchObject({ height: 300, width: 400 })
    const file = await fetch(`${server.url}${upload.body.doc.url}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/png')
  })

  it('publishes an article the public reads over REST and GraphQL, and takes a guest comment', async () => {
    const created = await api(
      '/api/articles',
      json(
        'POST',
        {
          _status: 'published',
          content: lexicalFromBlocks([{ text: 'Ask, then listen', type: 'heading' }]),
          title: 'Listening in production',
        },
        auth,
      ),
    )
    expect(created.status).toBe(201)
    const list = await api('/api/articles?depth=1')
    expect(list.body.docs.map((doc: { slug: string }) => doc.slug)).toEqual(['listening-in-production'])
    const graphql = await api(
      '/api/graphql',
      json('POST', { query: '{ Articles { docs { title content } } }' }),
    )
    expect(graphql.body.data.Articles.docs[0].title).toBe('Listening in production')

    const comment = await api(
      '/api/articles/listening-in-production/comments',
      json('POST', {
        author: { email: 'dana@example.com', name: 'Dana' },
        body: 'We tried this and it helped.',
      }),
    )
    expect(comment.status).toBe(201)
    expect(comment.body.status).toBe('pending')
  })

  it('refuses bad input with a 400 naming the field, and stops cleanly on SIGTERM', async () => {
    const bad = await api('/api/articles', json('POST', { title: 7 }, auth))
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('title')
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
  })
})
