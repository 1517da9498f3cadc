import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { fetchJSON } from '../support/fetchJSON.js'
import { stopProcess } from '../support/stopProcess.js'
import { npmInstall } from './npmInstall.js'
import { directusSchema } from './directusSchema.js'
import { plainCommentCreate } from './plainCommentCreate.js'
import type { Product } from './product.js'
import { waitForStart } from './waitForStart.js'

const admin = { email: 'admin@example.com', password: 'peers-admin-password' }

/**
 * Directus 11 installed into `dir` (npm picks the newest 11.x whose `engines` accept this Node), a
 * fresh SQLite database made by `directus bootstrap`, then directusSchema.ts through its REST API as
 * the admin. As a product:
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
  const ids = await directusSchema(base, auth.access_token)
  const list = `${base}/items/articles?limit=10`
  const { meta } = await fetchJSON(`${base}/items/articles?limit=1&meta=filter_count`)
  await stopProcess(setup)
  if (meta.filter_count !== 100)
    throw new Error(`Directus: expected 100 public articles, found ${meta.filter_count}`)
  const version = JSON.parse(
    fs.readFileSync(path.join(dir, 'node_modules/directus/package.json'), 'utf8'),
  ).version
  log(`Directus ${version} seeded (${installed})`)
  const article = ids[ids.length - 1]
  return {
    name: 'Directus',
    routes: {
      comment: plainCommentCreate(`${base}/items/comments`, ({ body, email, name }) => ({
        article,
        author_email: email,
        author_name: name,
        content: body,
      })),
      list: { url: list },
      one: { url: `${base}/items/articles/${article}` },
    },
    start,
    version,
  }
}
