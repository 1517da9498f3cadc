/**
 * Where a guest comment post's CPU time goes: the production bundle (`dist/server.mjs`, API-only, SQLite in a
 * fresh folder) started with `--cpu-prof`, loaded with new guests' posts (autocannon, 10 connections,
 * BENCH_SECONDS, default 10), then stopped; prints the req/s and the frames with the most self time, grouped by
 * function and file. The `.cpuprofile` stays in BENCH_PROFILE_DIR (default a temporary folder) for Chrome's
 * DevTools. A profile, not a benchmark: the profiler itself costs throughput.
 *
 *   npm run build:server && npm run bench:comments:profile
 */
import autocannon from 'autocannon'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { benchEnv } from './support/benchEnv.js'
import { guestSequence } from './support/guestSequence.js'
import { requireBuild } from './support/requireBuild.js'
import { seedDemo } from './support/seedDemo.js'
import { startServer } from './support/startServer.js'
import { stopProcess } from './support/stopProcess.js'
import { waitFor } from './support/waitFor.js'

type ProfileNode = {
  callFrame: { functionName: string; lineNumber: number; url: string }
  hitCount?: number
  id: number
}
type Profile = { endTime: number; nodes: ProfileNode[]; samples: number[]; startTime: number }

const duration = Number(process.env.BENCH_SECONDS || 10)
const port = Number(process.env.BENCH_PORT || 3425)
const base = `http://127.0.0.1:${port}`
const slug = 'help-we-want-more-emotional-intimacy-in-our-marriage'
const profileDir = process.env.BENCH_PROFILE_DIR || fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-prof-'))
const { dir, env } = benchEnv({ AKISMET_KEY: undefined, NODE_ENV: 'production', TRUST_PROXY: '1' })

requireBuild()
await seedDemo(env)
const server = startServer(env, port, [
  '--conditions=production',
  '--cpu-prof',
  `--cpu-prof-dir=${profileDir}`,
  'dist/server.mjs',
])
await waitFor(`${base}/healthz`)

const { commentRequest } = guestSequence()
const load = (seconds: number) =>
  autocannon({
    connections: 10,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    method: 'POST',
    requests: [
      {
        setupRequest: (request) => {
          const { body, ip } = commentRequest()
          return { ...request, body, headers: { ...request.headers, 'x-forwarded-for': ip } }
        },
      },
    ],
    url: `${base}/api/articles/${slug}/comments`,
  })
await load(3)
const result = await load(duration)
await stopProcess(server)
fs.rmSync(dir, { force: true, recursive: true })

const file = fs
  .readdirSync(profileDir)
  .filter((name) => name.endsWith('.cpuprofile'))
  .map((name) => path.join(profileDir, name))
  .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0]
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile
const msPerSample = (profile.endTime - profile.startTime) / 1000 / profile.samples.length
const selfMs = new Map<string, number>()
let totalMs = 0
for (const node of profile.nodes) {
  const { functionName, lineNumber, url } = node.callFrame
  const ms = (node.hitCount ?? 0) * msPerSample
  const where = url
    ? `${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, 'dist/')}:${lineNumber + 1}`
    : ''
  const key = `${functionName || '(anonymous)'} ${where}`.trim()
  selfMs.set(key, (selfMs.get(key) ?? 0) + ms)
  if (functionName !== '(idle)') totalMs += ms
}
const top = [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.BENCH_TOP || 25))
process.stdout.write(
  [
    `${Math.round(result.requests.average)} req/s, ${result.non2xx} non-2xx, over ${duration} s under the profiler; profile ${file}`,
    `busy (non-idle) ${Math.round(totalMs)} ms of ${Math.round((profile.endTime - profile.startTime) / 1000)} ms profiled; top self time:`,
    ...top.map(
      ([key, ms]) =>
        `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / totalMs).toFixed(1).padStart(5)} %  ${key}`,
    ),
    '',
  ].join('\n'),
)
