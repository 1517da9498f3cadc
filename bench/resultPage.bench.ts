/**
 * Result page benchmark: how long a reader waits for their result page right after submitting, on the
 * production build (the reader site served by Next in the same process), against the API's own result read
 * of the same response in the same run.
 *
 *   npm run build && npm run bench:site:result
 *
 * For each of BENCH_RESPONSES responses: submit the check-in through the API (anonymous, as the site does),
 * then load `/responses/:id/result?token=…` (the server-rendered HTML, read to its end) and
 * `GET /api/responses/:id/result` with `X-Response-Token`, in alternating order so neither always goes first.
 * One reader at a time: this is the latency a person meets, not throughput. The page makes the API read (over
 * loopback, as the reader) plus the grants list, and renders the chart, bands and prompts; the ratio says what
 * the site adds on top of the API.
 */
import fs from 'node:fs'

import { benchEnv } from './support/benchEnv.js'
import { benchSettings } from './support/benchSettings.js'
import { checkInAnswers } from './support/checkInAnswers.js'
import { fetchJSON } from './support/fetchJSON.js'
import { machineLine } from './support/machineLine.js'
import { requireBuild } from './support/requireBuild.js'
import { startSeededServer } from './support/startSeededServer.js'
import { stopProcess } from './support/stopProcess.js'

const responses = Number(process.env.BENCH_RESPONSES || 60)
const warmup = Number(process.env.BENCH_WARMUP || 5)
const { base, port } = benchSettings({ port: 3414 })

requireBuild()
if (!fs.existsSync('.next/BUILD_ID'))
  throw new Error('Run `npm run build` first: the result page is a Next page.')

// The site needs the admin's Next app (ADMIN=true); the schema is pushed once by the seeding process.
const { dir, env } = benchEnv({ ADMIN: 'true', KINDRED_SCHEMA_PUSH: 'true' })
// One client submits many times: a start limit no run reaches, so no 429 is measured.
const server = await startSeededServer(
  { ...env, ASSESSMENT_STARTS_PER_HOUR: '1000000000', NODE_ENV: 'production' },
  port,
  { timeoutMs: 120_000 },
)

const slug = 'better-love-check-in'
const answers = await checkInAnswers(base, slug)

const timed = async (url: string, headers: Record<string, string> = {}): Promise<number> => {
  const started = performance.now()
  const response = await fetch(url, { headers })
  await response.arrayBuffer()
  if (response.status !== 200)
    throw new Error(`${url.replace(/token=[^&]+/, 'token=…')} answered ${response.status}`)
  return performance.now() - started
}

const page: number[] = []
const api: number[] = []
for (let index = 0; index < warmup + responses; index += 1) {
  const { id, token } = await fetchJSON(`${base}/api/assessments/${slug}/responses`, {
    body: JSON.stringify({ answers, submit: true }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const readPage = () => timed(`${base}/responses/${id}/result?token=${token}`)
  const readApi = () => timed(`${base}/api/responses/${id}/result`, { 'X-Response-Token': token })
  let pageMs: number
  let apiMs: number
  if (index % 2 === 0) {
    pageMs = await readPage()
    apiMs = await readApi()
  } else {
    apiMs = await readApi()
    pageMs = await readPage()
  }
  if (index < warmup) continue
  page.push(pageMs)
  api.push(apiMs)
}
await stopProcess(server)
fs.rmSync(dir, { force: true, recursive: true })

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const row = (label: string, values: number[]) =>
  `| ${label} | ${values.length} | ${percentile(values, 50).toFixed(1)} ms | ${percentile(values, 95).toFixed(1)} ms |`

process.stdout.write(
  [
    machineLine(', SQLite'),
    'command: npm run build && npm run bench:site:result',
    `${responses} responses submitted through the API (after ${warmup} for warm-up), each read once right after, one reader at a time`,
    '',
    '| read | n | p50 | p95 |',
    '| --- | ---: | ---: | ---: |',
    row('`GET /api/responses/:id/result` (X-Response-Token)', api),
    row('`/responses/:id/result?token=…` (reader site, HTML)', page),
    '',
    `result page p95 / API result read p95: ${(percentile(page, 95) / percentile(api, 95)).toFixed(2)}×`,
    '',
  ].join('\n'),
)
