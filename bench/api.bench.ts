/**
 * API benchmark: `GET /api/articles?limit=10&depth=1` on the production build,
 * API-only (ADMIN=false), against a bare Express route measured in the same
 * run; and the cold start of that server to its first 200. The list is
 * measured twice: as configured (anonymous reads served from the short-lived
 * read cache, `API_CACHE_SECONDS`), and with the cache off, so every request
 * goes through Payload and the database. With the cache off too (issue 12):
 * one article by id (default depth), the demo article's comment thread, and
 * Payload's floor, an anonymous `GET /api/users/me` (no database).
 *
 *   npm run build:server && npm run bench:api
 *
 * Targets (issue 2): article list ≥ 0.25× the bare route; cold start ≤ 1.5 s.
 */
import autocannon from 'autocannon'
import fs from 'node:fs'

import { benchEnv } from './support/benchEnv.js'
import { loginAdmin } from './support/loginAdmin.js'
import { machineLine } from './support/machineLine.js'
import { requireBuild } from './support/requireBuild.js'
import { resultRow } from './support/resultRow.js'
import { seedArticles } from './support/seedArticles.js'
import { startSeededServer } from './support/startSeededServer.js'
import { startServer } from './support/startServer.js'
import { stopProcess } from './support/stopProcess.js'
import { waitFor } from './support/waitFor.js'

const duration = Number(process.env.BENCH_SECONDS || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 10)
const listPath = '/api/articles?limit=10&depth=1'
const { dir, env } = benchEnv({ NODE_ENV: 'production' })

const load = async (url: string) => {
  const result = await autocannon({ connections, duration, url })
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: result.non2xx,
  }
}

requireBuild()

// Seed the demo, then enough articles for a full page of ten.
const port = 3400
let api = await startSeededServer(env, port)
const token = await loginAdmin(`http://127.0.0.1:${port}`)
await seedArticles(`http://127.0.0.1:${port}`, token)
const demoSlug = 'help-we-want-more-emotional-intimacy-in-our-marriage'
const demo = await (
  await fetch(`http://127.0.0.1:${port}/api/articles?limit=1&where[slug][equals]=${demoSlug}`)
).json()
const articlePath = `/api/articles/${demo.docs[0].id as string}`
const threadPath = `/api/articles/${demoSlug}/comments`
await stopProcess(api)

// Cold start: spawn to the first 200 of the article list, five times.
const starts: number[] = []
for (let i = 0; i < 5; i += 1) {
  const began = performance.now()
  api = startServer(env, port)
  await waitFor(`http://127.0.0.1:${port}${listPath}`)
  starts.push(performance.now() - began)
  if (i < 4) await stopProcess(api)
}
starts.sort((a, b) => a - b)

const bare = startServer(env, port + 1, ['--conditions=production', '--import', 'tsx', 'bench/bareServer.ts'])
await waitFor(`http://127.0.0.1:${port + 1}/bare`)
const uncachedAPI = startServer({ ...env, API_CACHE_SECONDS: '0' }, port + 2)
await waitFor(`http://127.0.0.1:${port + 2}${listPath}`)
await load(`http://127.0.0.1:${port}${listPath}`) // warm-up
await load(`http://127.0.0.1:${port + 2}${listPath}`) // warm-up
const ceiling = await load(`http://127.0.0.1:${port + 1}/bare`)
const list = await load(`http://127.0.0.1:${port}${listPath}`)
const uncached = await load(`http://127.0.0.1:${port + 2}${listPath}`)
const article = await load(`http://127.0.0.1:${port + 2}${articlePath}`)
const thread = await load(`http://127.0.0.1:${port + 2}${threadPath}`)
const floor = await load(`http://127.0.0.1:${port + 2}/api/users/me`)
await Promise.all([stopProcess(api), stopProcess(bare), stopProcess(uncachedAPI)])
fs.rmSync(dir, { force: true, recursive: true })

const ms = (value: number) => `${value.toFixed(0)} ms`
process.stdout.write(
  [
    machineLine(),
    `autocannon: ${connections} connections, ${duration} s each`,
    '',
    '| route | req/s | p50 | p99 | non-2xx |',
    '| --- | ---: | ---: | ---: | ---: |',
    resultRow('bare Express route (ceiling)', ceiling),
    resultRow(`GET ${listPath} (as configured: read cache on)`, list),
    resultRow(`GET ${listPath} (API_CACHE_SECONDS=0)`, uncached),
    resultRow('GET /api/articles/:id (API_CACHE_SECONDS=0)', article),
    resultRow(`GET ${threadPath} (API_CACHE_SECONDS=0)`, thread),
    resultRow('GET /api/users/me, anonymous (Payload, no database)', floor),
    '',
    `article list / ceiling: ${(list.rps / ceiling.rps).toFixed(2)}× as configured, ${(uncached.rps / ceiling.rps).toFixed(2)}× uncached (target ≥ 0.25×)`,
    `cold start to first 200 of the article list: median ${ms(starts[2])} (min ${ms(starts[0])}, max ${ms(starts[4])}; target ≤ 1500 ms)`,
    '',
  ].join('\n'),
)
