/**
 * Thread benchmark: `GET /api/articles/:slug/comments?limit=20` on an article with 10,000 approved
 * comments against the same page on one with 100, measured in the same run on the production
 * build, API-only; and page 50 of the large one, which a page-by-offset query could make slow.
 *
 *   npm run build:server && npm run bench:comments:thread
 *
 * Both articles have the same shape of threads — a top-level comment with four replies, three
 * levels deep (2,000 threads, and 20) — so a page of 20 threads is the same 100 comments and the
 * same bytes on either: what differs is only how many comments the database holds for the article,
 * which the thread's cost must not follow. The three alternate, BENCH_ROUNDS times.
 *
 * The comments are written by bench/commentThreadSeed.ts, a separate process on Payload's Local API
 * (real documents through their hooks, not the HTTP endpoint and its rate limit): two to three
 * minutes for the 10,100 comments on a 2-core machine, printed with the results. Through HTTP the
 * admin could not do it at all (the collection refuses REST creates), and guests hit the rate limit.
 *
 * autocannon reports p2.5, p50, p75, p90, p97.5, p99 … but no p95, so every 2xx answer's latency is
 * taken from autocannon's `response` event and p50/p95/p99 are computed from those (nearest rank,
 * over all rounds).
 *
 * Target (comments issue): p95 of the 10,000-comment thread ≤ 2× the 100-comment one.
 */
import fs from 'node:fs'

import { alternateRounds } from './support/alternateRounds.js'
import { benchEnv } from './support/benchEnv.js'
import { benchSettings } from './support/benchSettings.js'
import { fetchJSON } from './support/fetchJSON.js'
import { machineLine } from './support/machineLine.js'
import { requireBuild } from './support/requireBuild.js'
import { runNode } from './support/runNode.js'
import { startServer } from './support/startServer.js'
import { stopProcess } from './support/stopProcess.js'
import { waitFor } from './support/waitFor.js'

const { base, connections, duration, port, rounds } = benchSettings({ port: 3430 })
const articles = {
  large: { slug: 'thread-10000', threads: 2000 },
  small: { slug: 'thread-100', threads: 20 },
}
const commentsPerThread = 5
// The query is what is measured: were a read cache ever in front of threads, both would be a memory read.
const { dir, env } = benchEnv({ API_CACHE_SECONDS: '0', NODE_ENV: 'production' })

requireBuild()
const seedingStarted = performance.now()
await runNode(
  [
    '--conditions=production',
    '--import',
    'tsx',
    'bench/commentThreadSeed.ts',
    ...Object.values(articles).map(({ slug, threads }) => `${slug}=${threads}`),
  ],
  env,
)
const seedingSeconds = (performance.now() - seedingStarted) / 1000
const server = startServer(env, port)
await waitFor(`${base}/healthz`)

const path = (slug: string, page = 1) =>
  `/api/articles/${slug}/comments?limit=20${page === 1 ? '' : `&page=${page}`}`
const routes = {
  small: path(articles.small.slug),
  large: path(articles.large.slug),
  deep: path(articles.large.slug, 50),
}
type Thread = { replies: Thread[] }
const countComments = (comments: Thread[]): number =>
  comments.reduce((sum, comment) => sum + 1 + countComments(comment.replies), 0)
// Each page must hold what the comparison assumes: 20 whole threads, out of the article's comments.
for (const [name, route] of Object.entries(routes)) {
  const page = await fetchJSON(`${base}${route}`)
  const { threads } = name === 'small' ? articles.small : articles.large
  const onPage = countComments(page.comments)
  if (page.totalComments !== threads * commentsPerThread || onPage !== 20 * commentsPerThread)
    throw new Error(`${route}: ${page.totalComments} comments in all, ${onPage} on the page`)
}

const results = await alternateRounds(
  {
    small: { url: `${base}${routes.small}` },
    large: { url: `${base}${routes.large}` },
    deep: { url: `${base}${routes.deep}` },
  },
  { connections, duration, rounds },
)
await stopProcess(server)
fs.rmSync(dir, { force: true, recursive: true })

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}
const p95 = (name: keyof typeof routes) => percentile(results[name].latencies, 95)
const ms = (value: number) => `${value.toFixed(1)} ms`
const row = (label: string, name: keyof typeof routes) => {
  const { errors, latencies, rps } = results[name]
  const [p50, p99] = [percentile(latencies, 50), percentile(latencies, 99)]
  return `| ${label} | ${rps.toFixed(0)} | ${ms(p50)} | ${ms(p95(name))} | ${ms(p99)} | ${errors} |`
}
process.stdout.write(
  [
    machineLine(', SQLite'),
    'command: npm run bench:comments:thread (after npm run build:server)',
    `autocannon: ${connections} connections, ${rounds} × ${duration} s per route, alternating; p50/p95/p99 over every 2xx answer`,
    `seeding: ${articles.large.threads + articles.small.threads} threads of ${commentsPerThread} approved comments through the Local API in ${seedingSeconds.toFixed(0)} s`,
    '',
    '| route | req/s | p50 | p95 | p99 | errors / non-2xx |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    row(`\`GET ${routes.small}\` (100 comments)`, 'small'),
    row(`\`GET ${routes.large}\` (10,000 comments)`, 'large'),
    row(`\`GET ${routes.deep}\` (10,000 comments, page 50)`, 'deep'),
    '',
    `p95 10k / p95 100: ${(p95('large') / p95('small')).toFixed(2)}× (target ≤ 2×)`,
    `p95 10k page 50 / p95 100: ${(p95('deep') / p95('small')).toFixed(2)}×`,
    '',
  ].join('\n'),
)
