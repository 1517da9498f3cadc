import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { fetchJSON } from '../support/fetchJSON.js'
import { stopProcess } from '../support/stopProcess.js'
import { newestPublished } from './newestPublished.js'
import { npmInstall } from './npmInstall.js'
import { peerArticles } from './peerArticles.js'
import { plainCommentCreate } from './plainCommentCreate.js'
import type { Product } from './product.js'
import { strapiProject } from './strapiProject.js'
import { waitForStart } from './waitForStart.js'

/**
 * Strapi 5 installed into `dir` (the newest 5.x whose packages are all on the registry, or
 * PEERS_STRAPI_VERSION), the project of strapiProject.ts written next to it, a fresh SQLite database
 * seeded with the peers' articles by one start with PEERS_SEED_FILE; then, as a product, `strapi start`
 * in production with its default logging.
 */
export const strapi = async (dir: string, port: number, log: (line: string) => void): Promise<Product> => {
  const base = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ADMIN_JWT_SECRET: 'peers-admin-secret',
    API_TOKEN_SALT: 'peers-api-token-salt',
    APP_KEYS: 'peers-key-1,peers-key-2',
    DATABASE_FILENAME: path.join(dir, 'data', 'strapi.db'),
    ENCRYPTION_KEY: 'peers-encryption-key',
    JWT_SECRET: 'peers-jwt-secret',
    NODE_ENV: 'production',
    NODE_OPTIONS: '',
    PORT: String(port),
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    STRAPI_TELEMETRY_DISABLED: 'true',
    TRANSFER_TOKEN_SALT: 'peers-transfer-salt',
  }
  const installed = await npmInstall(
    dir,
    async () => {
      const version =
        process.env.PEERS_STRAPI_VERSION || newestPublished(['@strapi/strapi', '@strapi/admin'], '^5')
      log(`installing Strapi ${version} into ${dir}`)
      return [`@strapi/strapi@${version}`, `@strapi/plugin-users-permissions@${version}`, 'better-sqlite3']
    },
    env,
  )
  for (const [file, content] of Object.entries(strapiProject())) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), content)
  }
  fs.rmSync(path.join(dir, 'data'), { force: true, recursive: true })
  fs.mkdirSync(path.join(dir, 'data'))
  const seedFile = path.join(dir, 'data', 'articles.json')
  fs.writeFileSync(
    seedFile,
    JSON.stringify(
      peerArticles().map(({ excerpt, paragraphs, slug, title }) => ({
        body: paragraphs.join('\n\n'),
        excerpt,
        slug,
        title,
      })),
    ),
  )
  const start = (extra: Record<string, string> = {}, stdout: 'ignore' | number = 'ignore') =>
    spawn(process.execPath, [path.join(dir, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], {
      cwd: dir,
      env: { ...env, ...extra },
      stdio: ['ignore', stdout, 'inherit'],
    })
  const list = `${base}/api/articles?pagination[pageSize]=10`
  // Strapi logs its errors to stdout: the seeding start keeps them, for when it cannot start.
  const seedLog = path.join(dir, 'data', 'seed.log')
  const seeding = start({ PEERS_SEED_FILE: seedFile }, fs.openSync(seedLog, 'w'))
  await waitForStart(seeding, list).catch((error: Error) => {
    throw new Error(`${error.message}; see ${seedLog}`)
  })
  const { data, meta } = await fetchJSON(`${base}/api/articles?pagination[pageSize]=1&sort=id:desc`)
  await stopProcess(seeding)
  if (meta.pagination.total !== 100)
    throw new Error(`Strapi: expected 100 articles, found ${meta.pagination.total}`)
  const version = JSON.parse(
    fs.readFileSync(path.join(dir, 'node_modules/@strapi/strapi/package.json'), 'utf8'),
  ).version
  log(`Strapi ${version} seeded (${installed})`)
  const article = data[0].documentId
  return {
    name: 'Strapi',
    routes: {
      comment: plainCommentCreate(`${base}/api/comments`, ({ body, email, name }) => ({
        data: { article, authorEmail: email, authorName: name, content: body },
      })),
      list: { url: list },
      one: { url: `${base}/api/articles/${article}` },
    },
    start: () => start(),
    version,
  }
}
