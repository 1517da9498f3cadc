/**
 * Submit benchmark: `POST /api/assessments/better-love-check-in/responses` with `submit: true`
 * (the seeded 20-item check-in, answered in full, anonymously) against a plain Payload create of
 * the same document, measured in the same run on the production build, API-only.
 *
 *   npm run build:server && npm run bench:assessments:submit
 *
 * The baseline is `POST /api/responses?depth=0` by an admin (a create only bench/responsesCreateServer.ts
 * allows) with the very document a submission stores (answers, scores, status, version, key, token
 * hash): the same collection, the same write, Payload's own REST create. What the submit endpoint does on top — find the published
 * version, validate the answers, score them, make and hash a token — is what is measured. The
 * baseline pays for verifying the admin's JWT; the submission is anonymous, as from the article.
 * The two alternate, BENCH_ROUNDS times, so the growing table weighs on both alike.
 *
 * Target (issue 3): submit ≥ 0.8× the plain create.
 */
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'

import { alternateRounds } from './support/alternateRounds.js'
import { benchEnv } from './support/benchEnv.js'
import { benchSettings } from './support/benchSettings.js'
import { checkInAnswers } from './support/checkInAnswers.js'
import { comparisonReport } from './support/comparisonReport.js'
import { fetchJSON } from './support/fetchJSON.js'
import { loginAdmin } from './support/loginAdmin.js'
import { requireBuild } from './support/requireBuild.js'
import { startSeededServer } from './support/startSeededServer.js'
import { stopProcess } from './support/stopProcess.js'

const { base, connections, duration, port, rounds } = benchSettings({ port: 3410 })
// A fresh database whose schema is pushed once by the seeding process (development); the
// production server then uses it as it is, running no migrations (KINDRED_SCHEMA_PUSH).
const { dir, env } = benchEnv({ KINDRED_SCHEMA_PUSH: 'true' })

requireBuild()

// One client submits thousands of times: a start limit no run reaches, so the limiter's cost (a
// write to the shared store) is measured, never a 429.
// bench/responsesCreateServer.ts: the build with admins allowed the plain create the baseline needs.
const server = await startSeededServer(
  { ...env, ASSESSMENT_STARTS_PER_HOUR: '1000000000', NODE_ENV: 'production' },
  port,
  { args: ['--conditions=production', '--import', 'tsx', 'bench/responsesCreateServer.ts'] },
)

const slug = 'better-love-check-in'
const answers = await checkInAnswers(base, slug)
const submitBody = JSON.stringify({ answers, submit: true })
const submitted = await fetchJSON(`${base}/api/assessments/${slug}/responses`, {
  body: submitBody,
  headers: { 'content-type': 'application/json' },
  method: 'POST',
})

const token = await loginAdmin(base)
const stored = await fetchJSON(`${base}/api/responses/${submitted.id}?depth=0`, {
  headers: { authorization: `JWT ${token}` },
})
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

// The order of the first round (the next one reverses it; warm-up follows it too).
const targets = {
  submit: {
    body: submitBody,
    headers: { 'content-type': 'application/json' },
    method: 'POST' as const,
    url: `${base}/api/assessments/${slug}/responses`,
  },
  create: {
    body: createBody,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    method: 'POST' as const,
    url: `${base}/api/responses?depth=0`,
  },
}

const results = await alternateRounds(targets, { connections, duration, rounds })
await stopProcess(server)
fs.rmSync(dir, { force: true, recursive: true })

process.stdout.write(
  comparisonReport({
    baseline: ['`POST /api/responses?depth=0` (admin, plain create of the same document)', results.create],
    command: 'npm run build:server && npm run bench:assessments:submit',
    endpoint: [`\`POST /api/assessments/${slug}/responses\` (submit: true, anonymous)`, results.submit],
    load: { connections, duration, rounds },
    ratio: { name: 'submit / plain create', target: '≥ 0.8×' },
  }),
)
