/**
 * API benchmark: `GET /api/articles?limit=10&depth=1` on the production build,
 * API-only (ADMIN=false), against a bare Express route measured in the same
 * run; and the cold start of that server to its first 200.
 *
 *   npm run build:server && npm run bench:api
 *
 * Targets (issue 2): article list ≥ 0.25× the bare route; cold start ≤ 1.5 s.
 */
import autocannon from 'autocannon'
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { demoStaff } from '../src/seed/demoLogins.js'
import { lexicalFromBlocks } from '../src/utilities/lexicalFromBlocks.js'

const duration = Number(process.env.BENCH_SECONDS || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 10)
const listPath = '/api/articles?limit=10&depth=1'
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-bench-'))
const serverEnv = {
  ...process.env,
  ADMIN: 'false',
  DATABASE_URI: `file:${path.join(dir, 'kindred.db')}`,
  DATA_DIR: dir,
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
  NODE_OPTIONS: '',
  PAYLOAD_SECRET: 'bench-secret',
} as NodeJS.ProcessEnv

const start = (args: string[], port: number): ChildProcess =>
  spawn(process.execPath, args, {
    env: { ...serverEnv, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  })

const waitFor = async (url: string, timeoutMs = 30_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`)
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })

const load = async (url: string) => {
  const result = await autocannon({ connections, duration, url })
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: result.non2xx,
  }
}

const server = ['--conditions=production', 'dist/src/server.js']
if (!fs.existsSync('dist/src/server.js')) throw new Error('Run `npm run build:server` first.')

// Seed the demo, then enough articles for a full page of ten.
const seeder = spawn(process.execPath, ['--conditions=production', 'dist/src/seed/run.js'], {
  env: serverEnv,
  stdio: 'ignore',
})
await new Promise((resolve) => seeder.on('exit', resolve))
const port = 3400
let api = start(server, port)
await waitFor(`http://127.0.0.1:${port}/healthz`)
const admin = demoStaff[0]
const login = await fetch(`http://127.0.0.1:${port}/api/users/login`, {
  body: JSON.stringify({ email: admin.email, password: admin.password }),
  headers: { 'content-type': 'application/json' },
  method: 'POST',
})
const { token } = await login.json()
for (let i = 1; i <= 11; i += 1) {
  await fetch(`http://127.0.0.1:${port}/api/articles`, {
    body: JSON.stringify({
      _status: 'published',
      content: lexicalFromBlocks([
        { text: `Section ${i}`, type: 'heading' },
        { text: 'Couples who keep talking keep growing. '.repeat(20), type: 'paragraph' },
      ]),
      excerpt: 'A benchmark article.',
      title: `Benchmark article ${i}`,
    }),
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    method: 'POST',
  })
}
await stop(api)

// Cold start: spawn to the first 200 of the article list, five times.
const starts: number[] = []
for (let i = 0; i < 5; i += 1) {
  const began = performance.now()
  api = start(server, port)
  await waitFor(`http://127.0.0.1:${port}${listPath}`)
  starts.push(performance.now() - began)
  if (i < 4) await stop(api)
}
starts.sort((a, b) => a - b)

const bare = start(['--conditions=production', '--import', 'tsx', 'bench/bareServer.ts'], port + 1)
await waitFor(`http://127.0.0.1:${port + 1}/bare`)
await load(`http://127.0.0.1:${port}${listPath}`) // warm-up
const ceiling = await load(`http://127.0.0.1:${port + 1}/bare`)
const list = await load(`http://127.0.0.1:${port}${listPath}`)
await Promise.all([stop(api), stop(bare)])
fs.rmSync(dir, { force: true, recursive: true })

const ms = (value: number) => `${value.toFixed(0)} ms`
const rows = [
  [
    'bare Express route (ceiling)',
    ceiling.rps.toFixed(0),
    ms(ceiling.p50),
    ms(ceiling.p99),
    String(ceiling.errors),
  ],
  [`GET ${listPath}`, list.rps.toFixed(0), ms(list.p50), ms(list.p99), String(list.errors)],
]
process.stdout.write(
  [
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    `autocannon: ${connections} connections, ${duration} s each`,
    '',
    '| route | req/s | p50 | p99 | non-2xx |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    `article list / ceiling: ${(list.rps / ceiling.rps).toFixed(2)}× (target ≥ 0.25×)`,
    `cold start to first 200 of the article list: median ${ms(starts[2])} (min ${ms(starts[0])}, max ${ms(starts[4])}; target ≤ 1500 ms)`,
    '',
  ].join('\n'),
)
