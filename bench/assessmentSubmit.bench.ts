/**
 * Submit benchmark: `POST /api/assessments/better-love-check-in/responses` with `submit: true`
 * (the seeded 20-item check-in, answered in full, anonymously) against a plain Payload create of
 * the same document, measured in the same run on the production build, API-only.
 *
 *   npm run build:server && node --conditions=development --import tsx bench/assessmentSubmit.bench.ts
 *
 * The baseline is `POST /api/responses?depth=0` by an admin with the very document a submission
 * stores (answers, scores, status, version, key, token hash): the same collection, the same
 * write, Payload's own REST create. What the submit endpoint does on top — find the published
 * version, validate the answers, score them, make and hash a token — is what is measured. The
 * baseline pays for verifying the admin's JWT; the submission is anonymous, as from the article.
 * The two alternate, BENCH_ROUNDS times, so the growing table weighs on both alike.
 *
 * Target (issue 3): submit ≥ 0.8× the plain create.
 */
import autocannon from 'autocannon'
import { type ChildProcess, spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { demoStaff } from '../src/seed/demoLogins.js'

const duration = Number(process.env.BENCH_SECONDS || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 10)
const rounds = Number(process.env.BENCH_ROUNDS || 2)
const port = Number(process.env.BENCH_PORT || 3410)
const base = `http://127.0.0.1:${port}`
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-bench-'))
// A fresh database whose schema is pushed once by the seeding process (development); the
// production server then uses it as it is, running no migrations (KINDRED_SCHEMA_PUSH).
const env = {
  ...process.env,
  ADMIN: 'false',
  DATABASE_URI: `file:${path.join(dir, 'kindred.db')}`,
  DATA_DIR: dir,
  JOBS_AUTORUN: 'false',
  KINDRED_SCHEMA_PUSH: 'true',
  LOG_LEVEL: 'warn',
  NODE_OPTIONS: '',
  PAYLOAD_SECRET: 'bench-secret',
} as NodeJS.ProcessEnv

if (!fs.existsSync('dist/src/server.js')) throw new Error('Run `npm run build:server` first.')

const run = (args: string[], extra: NodeJS.ProcessEnv): ChildProcess =>
  spawn(process.execPath, args, { env: { ...env, ...extra }, stdio: ['ignore', 'ignore', 'inherit'] })

const waitFor = async (url: string, timeoutMs = 30_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`)
}

const json = async (response: Response) => {
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`)
  return response.json()
}

const seeder = run(['--conditions=production', 'dist/src/seed/run.js'], { NODE_ENV: 'development' })
const seeded = await new Promise((resolve) => seeder.on('exit', resolve))
if (seeded !== 0) throw new Error('seeding failed')
const server = run(['--conditions=production', 'dist/src/server.js'], {
  NODE_ENV: 'production',
  PORT: String(port),
})
await waitFor(`${base}/healthz`)

const slug = 'better-love-check-in'
const form = await json(await fetch(`${base}/api/assessments/${slug}/form`))
const answers: Record<string, unknown> = {}
for (const [index, question] of (form.questions as { id: string; type: string }[]).entries()) {
  if (question.type === 'likert') answers[question.id] = (index % 5) + 1
  if (question.type === 'boolean') answers[question.id] = false
}
const submitBody = JSON.stringify({ answers, submit: true })
const submitted = await json(
  await fetch(`${base}/api/assessments/${slug}/responses`, {
    body: submitBody,
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  }),
)

const admin = demoStaff.find((person) => person.role === 'admin')!
const { token } = await json(
  await fetch(`${base}/api/users/login`, {
    body: JSON.stringify({ email: admin.email, password: admin.password }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  }),
)
const stored = await json(
  await fetch(`${base}/api/responses/${submitted.id}?depth=0`, {
    headers: { authorization: `JWT ${token}` },
  }),
)
const createBody = JSON.stringify({
  answers: stored.answers,
  assessment: stored.assessment,
  key: stored.key,
  scores: stored.scores,
  status: stored.status,
  submittedAt: stored.submittedAt,
  tokenHash: createHash('sha256').update(randomBytes(32)).digest('hex'),
  version: stored.version,
})

const targets = {
  create: {
    body: createBody,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    method: 'POST' as const,
    url: `${base}/api/responses?depth=0`,
  },
  submit: {
    body: submitBody,
    headers: { 'content-type': 'application/json' },
    method: 'POST' as const,
    url: `${base}/api/assessments/${slug}/responses`,
  },
}

type Result = { errors: number; p50: number[]; p99: number[]; rps: number[] }
const results: Record<keyof typeof targets, Result> = {
  create: { errors: 0, p50: [], p99: [], rps: [] },
  submit: { errors: 0, p50: [], p99: [], rps: [] },
}
const load = async (name: keyof typeof targets, seconds = duration) => {
  const result = await autocannon({ ...targets[name], connections, duration: seconds })
  return result
}

// Warm-up: JIT, caches, the first pages of the table.
await load('submit', 3)
await load('create', 3)
for (let round = 0; round < rounds; round += 1) {
  const order: (keyof typeof targets)[] = round % 2 === 0 ? ['submit', 'create'] : ['create', 'submit']
  for (const name of order) {
    const result = await load(name)
    results[name].rps.push(result.requests.average)
    results[name].p50.push(result.latency.p50)
    results[name].p99.push(result.latency.p99)
    results[name].errors += result.non2xx + result.errors
  }
}
await new Promise<void>((resolve) => {
  server.once('exit', () => resolve())
  server.kill('SIGTERM')
})
fs.rmSync(dir, { force: true, recursive: true })

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
const row = (label: string, result: Result) =>
  `| ${label} | ${mean(result.rps).toFixed(0)} | ${mean(result.p50).toFixed(0)} ms | ${mean(result.p99).toFixed(0)} ms | ${result.errors} |`
const ratio = mean(results.submit.rps) / mean(results.create.rps)
process.stdout.write(
  [
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, SQLite`,
    `command: node --conditions=development --import tsx bench/assessmentSubmit.bench.ts (after npm run build:server)`,
    `autocannon: ${connections} connections, ${rounds} × ${duration} s per route, alternating`,
    '',
    '| route | req/s | p50 | p99 | errors / non-2xx |',
    '| --- | ---: | ---: | ---: | ---: |',
    row('`POST /api/responses?depth=0` (admin, plain create of the same document)', results.create),
    row(`\`POST /api/assessments/${slug}/responses\` (submit: true, anonymous)`, results.submit),
    '',
    `submit / plain create: ${ratio.toFixed(2)}× (target ≥ 0.8×)`,
    '',
  ].join('\n'),
)
