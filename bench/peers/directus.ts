import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { fetchJSON } from '../support/fetchJSON.js'
import { guestSequence } from '../support/guestSequence.js'
import { stopProcess } from '../support/stopProcess.js'
import { npmInstall } from './npmInstall.js'
import { peerArticles } from './peerArticles.js'
import type { Product } from './product.js'
import { waitForStart } from './waitForStart.js'

const admin = { email: 'admin@example.com', password: 'peers-admin-password' }

/**
 * Directus 11 installed into `dir` (npm picks the newest 11.x whose `engines` accept this Node), a
 * fresh SQLite database made by `directus bootstrap`, then through its REST API as the admin: an
 * articles and a comments collection (content, author name, email, article relation), the public
 * policy's read of published articles and create of comments, and the peers' articles. As a product:
 * `directus start` in production with its default logging, no cache (its default).
 */
export const directus = async (dir: string, port: number, log: (line: string) => void): Promise<Product> => {
  const base = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    DB_CLIENT: 'sqlite3',
    DB_FILENAME: path.join(dir, 'data', 'directus.db'),
    EXTENSIONS_PATH: path.join(dir, 'extensions'),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    NODE_OPTIONS: '',
    PORT: String(port),
    PUBLIC_URL: base,
    SECRET: 'peers-directus-secret',
    STORAGE_LOCAL_ROOT: path.join(dir, 'data', 'uploads'),
    TELEMETRY: 'false',
  }
  const installed = await npmInstall(
    dir,
    async () => (log(`installing Directus ^11 into ${dir}`), ['directus@^11']),
    env,
  )
  // What `directus` runs after its update check (a registry request before every start, which would
  // be timed as cold start and is no part of serving).
  const cli = path.join(dir, 'node_modules/@directus/api/dist/cli/run.js')
  fs.rmSync(path.join(dir, 'data'), { force: true, recursive: true })
  fs.mkdirSync(path.join(dir, 'data'))
  const bootstrap = spawn(process.execPath, [cli, 'bootstrap'], {
    cwd: dir,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const code = await new Promise((resolve) => bootstrap.on('exit', resolve))
  if (code !== 0) throw new Error(`directus bootstrap exited with ${code}`)
  const start = () =>
    spawn(process.execPath, [cli, 'start'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] })

  const setup = start()
  await waitForStart(setup, `${base}/server/health`)
  const { data: auth } = await fetchJSON(`${base}/auth/login`, {
    body: JSON.stringify(admin),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const call = (route: string, body: unknown) =>
    fetchJSON(`${base}${route}`, {
      body: JSON.stringify(body),
      headers: { authorization: `Bearer ${auth.access_token}`, 'content-type': 'application/json' },
      method: 'POST',
    })
  const id = { field: 'id', schema: { has_auto_increment: true, is_primary_key: true }, type: 'integer' }
  const field = (name: string, type: string) => ({ field: name, type })
  await call('/collections', {
    collection: 'articles',
    fields: [
      id,
      field('status', 'string'),
      field('title', 'string'),
      field('slug', 'string'),
      field('excerpt', 'text'),
      field('body', 'text'),
    ],
    meta: {},
    schema: {},
  })
  await call('/collections', {
    collection: 'comments',
    fields: [
      id,
      field('content', 'text'),
      field('author_name', 'string'),
      field('author_email', 'string'),
      field('article', 'integer'),
    ],
    meta: {},
    schema: {},
  })
  await call('/relations', { collection: 'comments', field: 'article', related_collection: 'articles' })
  const { data: policies } = await fetchJSON(`${base}/policies?filter[name][_eq]=$t:public_label&fields=id`, {
    headers: { authorization: `Bearer ${auth.access_token}` },
  })
  await call('/permissions', [
    {
      action: 'read',
      collection: 'articles',
      fields: ['*'],
      permissions: { status: { _eq: 'published' } },
      policy: policies[0].id,
    },
    { action: 'create', collection: 'comments', fields: ['*'], policy: policies[0].id },
  ])
  const { data: articles } = await call(
    '/items/articles',
    peerArticles().map(({ excerpt, paragraphs, slug, title }) => ({
      body: paragraphs.join('\n\n'),
      excerpt,
      slug,
      status: 'published',
      title,
    })),
  )
  const list = `${base}/items/articles?limit=10`
  const { meta } = await fetchJSON(`${base}/items/articles?limit=1&meta=filter_count`)
  await stopProcess(setup)
  if (meta.filter_count !== 100)
    throw new Error(`Directus: expected 100 public articles, found ${meta.filter_count}`)
  const version = JSON.parse(
    fs.readFileSync(path.join(dir, 'node_modules/directus/package.json'), 'utf8'),
  ).version
  log(`Directus ${version} seeded (${installed})`)
  const { next: nextGuest } = guestSequence()
  return {
    name: 'Directus',
    routes: {
      comment: {
        headers: { 'content-type': 'application/json' },
        method: 'POST',
        requests: [
          {
            setupRequest: (request) => {
              const { body, email, name } = nextGuest()
              const comment = {
                article: articles[99].id,
                author_email: email,
                author_name: name,
                content: body,
              }
              return { ...request, body: JSON.stringify(comment) }
            },
          },
        ],
        url: `${base}/items/comments`,
      },
      list: { url: list },
      one: { url: `${base}/items/articles/${articles[99].id}` },
    },
    start,
    version,
  }
}
