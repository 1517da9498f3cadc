/**
 * Job queue throughput: how fast runner processes drain moderators' notification jobs, as
 * configured (JOBS_INTERVAL_SECONDS, JOBS_LIMIT; the defaults unless the shell sets them).
 *
 *   npm run bench:jobs
 *
 * This process writes BENCH_JOBS pending comments (default 600) through the Local API on a fresh
 * SQLite file, so the real hook queues one "notify moderators" job each (two moderators: two
 * emails a job, into EMAIL_OUTBOX_FILE). Its own runner is off. Then BENCH_RUNNERS server
 * processes (default 2, the source under tsx, API-only) start with JOBS_AUTORUN on, and the
 * benchmark waits until no job is left. Completed jobs are kept (JOBS_KEEP_COMPLETED) so the drain
 * rate is measured from their own timestamps, boot time excluded: all jobs over the time from the
 * first to the last completion plus one poll interval (the first batch started at most that long
 * before its first job completed), so the rate never exceeds what the polls allow. The wall time
 * from spawning the runners is shown too.
 *
 * Target (issue 9): ≥ 600 jobs/min, each job once (the emails are counted).
 */
import type { Payload } from 'payload'

import fs from 'node:fs'
import path from 'node:path'

import { lexicalFromBlocks } from '../src/utilities/lexicalFromBlocks.js'
import { benchEnv } from './support/benchEnv.js'
import { machineLine } from './support/machineLine.js'
import { startServer } from './support/startServer.js'
import { stopProcess } from './support/stopProcess.js'
import { waitFor } from './support/waitFor.js'

const jobCount = Number(process.env.BENCH_JOBS || 600)
const runnerCount = Number(process.env.BENCH_RUNNERS || 2)
const port = Number(process.env.BENCH_PORT || 3430)
const { dir, env } = benchEnv({
  JOBS_KEEP_COMPLETED: 'true',
  KINDRED_SCHEMA_PUSH: 'true',
  KINDRED_SEED: 'false',
})
const outboxFile = path.join(dir, 'outbox.jsonl')
// This process queues and watches; it runs no job.
Object.assign(process.env, env, { LOG_LEVEL: 'silent' })

const { default: config } = await import('../payload.config.js')
const { getPayload } = await import('payload')
const { closePayload } = await import('../src/closePayload.js')
const payload: Payload = await getPayload({ config })

for (const name of ['one', 'two'])
  await payload.create({
    collection: 'users',
    data: { email: `mod-${name}@example.test`, name, password: 'bench-password-1', roles: ['moderator'] },
    overrideAccess: true,
  })
const article = await payload.create({
  collection: 'articles',
  data: {
    _status: 'published',
    content: lexicalFromBlocks([{ text: 'Queued.', type: 'paragraph' }]),
    title: 'Queued',
  } as never,
  overrideAccess: true,
})
for (let i = 0; i < jobCount; i++)
  await payload.create({
    collection: 'comments',
    data: {
      article: article.id,
      author: { email: `guest-${i}@example.test`, name: `Guest ${i}` },
      body: `Comment number ${i} waiting for review.`,
      status: 'pending',
    } as never,
    overrideAccess: true,
  })
const pending = () =>
  payload.count({
    collection: 'payload-jobs',
    overrideAccess: true,
    where: { completedAt: { exists: false } },
  })
process.stdout.write(`${(await pending()).totalDocs} jobs queued\n`)

const spawnedAt = Date.now()
const runners = Array.from({ length: runnerCount }, (_, i) =>
  startServer({ ...env, EMAIL_OUTBOX_FILE: outboxFile, JOBS_AUTORUN: 'true' }, port + i, [
    '--conditions=development',
    '--import',
    'tsx',
    'src/server.ts',
  ]),
)
await Promise.all(runners.map((_, i) => waitFor(`http://127.0.0.1:${port + i}/healthz`, 120_000)))
while ((await pending()).totalDocs > 0) await new Promise((resolve) => setTimeout(resolve, 200))
const wallMs = Date.now() - spawnedAt
await Promise.all(runners.map(stopProcess))

const { docs } = await payload.find({
  collection: 'payload-jobs',
  limit: 0,
  overrideAccess: true,
  pagination: false,
  select: { completedAt: true, hasError: true },
})
const done = docs.map((job) => Date.parse(String(job.completedAt))).sort((a, b) => a - b)
const spanMs = done.at(-1)! - done[0]!
const emails = fs.readFileSync(outboxFile, 'utf8').split('\n').filter(Boolean).length
await closePayload(payload)
fs.rmSync(dir, { force: true, recursive: true })

const intervalMs = Number(env.JOBS_INTERVAL_SECONDS || 5) * 1000
const perMinute = (done.length / (spanMs + intervalMs)) * 60_000
const settings = `JOBS_INTERVAL_SECONDS=${env.JOBS_INTERVAL_SECONDS ?? '5 (default)'}, JOBS_LIMIT=${env.JOBS_LIMIT ?? '100 (default)'}`
process.stdout.write(
  [
    machineLine(', SQLite'),
    `${runnerCount} runner processes, ${settings}`,
    `${done.length} jobs, ${docs.filter((job) => job.hasError).length} failed, ${emails} emails (expected ${2 * done.length})`,
    `drain: ${Math.round(perMinute)} jobs/min (first to last completion ${(spanMs / 1000).toFixed(1)} s)`,
    `wall time from spawning the runners: ${(wallMs / 1000).toFixed(1)} s`,
  ].join('\n') + '\n',
)
process.exit(0)
