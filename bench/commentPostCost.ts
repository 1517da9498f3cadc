/**
 * What one guest comment costs, and where it goes: the production build (unbundled, so every profile frame
 * keeps its package) in this process on a fresh, seeded SQLite file; comments posted one after another
 * through the real Express app, after one warm-up post, while the libsql client's statements are counted
 * (each belongs to one post) and V8's sampling profiler runs. Prints the statements per comment and one
 * post's statements grouped by shape; the CPU time this process (server and client alike) spent per post,
 * which a busy machine moves far less than req/s; and the self time per package and per frame. Run it
 * before and after a change (`BENCH_POSTS`, default 200; `BENCH_TOP` frames, default 20).
 *
 *   npm run build:server && npm run bench:comments:cost
 */
import type { Payload, SanitizedConfig } from 'payload'

import fs from 'node:fs'
import { Session } from 'node:inspector/promises'
import type { AddressInfo } from 'node:net'

import { benchEnv } from './support/benchEnv.js'
import { guestSequence } from './support/guestSequence.js'
import { requireBuild } from './support/requireBuild.js'
import { seedDemo } from './support/seedDemo.js'

const posts = Number(process.env.BENCH_POSTS || 200)
const slug = 'help-we-want-more-emotional-intimacy-in-our-marriage'
const { dir, env } = benchEnv({ AKISMET_KEY: undefined, NODE_ENV: 'production', TRUST_PROXY: '1' })

requireBuild()
await seedDemo(env)
Object.assign(process.env, env)

const dist = (file: string) => new URL(`../dist/${file}`, import.meta.url).href
const config: SanitizedConfig = await (await import(dist('payload.config.js'))).default
const { getPayload } = await import('payload')
const { createApp } = await import(dist('src/http/createApp.js'))
const { closePayload } = await import(dist('src/closePayload.js'))
const payload: Payload = await getPayload({ config })

// Every statement the client runs: outside a transaction, in a batch, or inside one.
type Statement = string | { sql: string }
const seen: string[] = []
const sqlOf = (statement: Statement) => (typeof statement === 'string' ? statement : statement.sql)
const count = <T extends object>(target: T, label = '') => {
  const wrapped = target as Record<string, unknown>
  for (const method of ['execute', 'batch', 'executeMultiple', 'commit', 'rollback', 'transaction']) {
    const original = wrapped[method]
    if (typeof original !== 'function') continue
    wrapped[method] = (...args: unknown[]) => {
      if (method === 'execute') seen.push(label + sqlOf(args[0] as Statement))
      else if (method === 'batch') for (const s of args[0] as Statement[]) seen.push(label + sqlOf(s))
      else seen.push(`${label}${method.toUpperCase()}`)
      const result = (original as (...a: unknown[]) => unknown).apply(target, args)
      return method === 'transaction'
        ? (result as Promise<object>).then((tx) => count(tx, '  (tx) '))
        : result
    }
  }
  return target
}
count((payload.db as unknown as { client: object }).client)

const server = createApp({ config, payload }).listen(0, '127.0.0.1')
await new Promise((resolve) => server.once('listening', resolve))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
const { commentRequest } = guestSequence()
const post = async () => {
  const { body, ip } = commentRequest()
  const response = await fetch(`${base}/api/articles/${slug}/comments`, {
    body,
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    method: 'POST',
  })
  if (response.status !== 201) throw new Error(`post answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as { status: string }
}

// Warm-up: the first post compiles the word lists and warms Payload's caches.
await post()
const perPost: number[] = []
let last: string[] = []
let status = ''
const profiler = new Session()
profiler.connect()
await profiler.post('Profiler.enable')
await profiler.post('Profiler.start')
const cpuBefore = process.cpuUsage()
const wallBefore = performance.now()
for (let i = 0; i < posts; i++) {
  seen.length = 0
  status = (await post()).status
  perPost.push(seen.length)
  last = [...seen]
}
const cpu = process.cpuUsage(cpuBefore)
const wallMs = performance.now() - wallBefore
const { profile } = await profiler.post('Profiler.stop')
profiler.disconnect()
server.close()
await closePayload(payload)
fs.rmSync(dir, { force: true, recursive: true })

// Self time from the samples: per package (or Node's internals, or V8's own work) and per frame.
const packageOf = (url: string) => {
  const inModules = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (inModules) return inModules[1]
  if (url.includes('/dist/')) return 'kindred (dist/)'
  return url.startsWith('node:') ? 'node internals' : '(native: SQLite, V8, GC)'
}
const msPerSample = (profile.endTime - profile.startTime) / 1000 / profile.samples!.length
const byPackage = new Map<string, number>()
const byFrame = new Map<string, number>()
let busyMs = 0
for (const node of profile.nodes) {
  const { functionName, lineNumber, url } = node.callFrame
  if (functionName === '(idle)' || !node.hitCount) continue
  const ms = node.hitCount * msPerSample
  const file = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, 'dist/')
  const frame = `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim()
  busyMs += ms
  byPackage.set(packageOf(url), (byPackage.get(packageOf(url)) ?? 0) + ms)
  byFrame.set(frame, (byFrame.get(frame) ?? 0) + ms)
}
const ranked = (map: Map<string, number>, count: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([name, ms]) =>
        `${(ms / posts).toFixed(2).padStart(6)} ms ${((100 * ms) / busyMs).toFixed(1).padStart(5)} %  ${name}`,
    )

const shape = (sql: string) => sql.replace(/\s+/g, ' ').slice(0, 160)
const groups = new Map<string, number>()
for (const sql of last) groups.set(shape(sql), (groups.get(shape(sql)) ?? 0) + 1)
perPost.sort((a, b) => a - b)
process.stdout.write(
  [
    `${posts} guest posts (status ${status}): statements per post min ${perPost[0]}, median ${perPost[Math.floor(posts / 2)]}, max ${perPost[posts - 1]}`,
    `CPU per post ${((cpu.user + cpu.system) / 1000 / posts).toFixed(2)} ms (user ${(cpu.user / 1000 / posts).toFixed(2)}, system ${(cpu.system / 1000 / posts).toFixed(2)}); wall per post ${(wallMs / posts).toFixed(2)} ms, one at a time`,
    `the last post's ${last.length} statements, in order of first appearance:`,
    ...[...groups].map(([sql, n]) => `${String(n).padStart(3)} × ${sql}`),
    `profiled: ${(busyMs / posts).toFixed(2)} ms busy per post; self time per post by package:`,
    ...ranked(byPackage, 12),
    'by frame:',
    ...ranked(byFrame, Number(process.env.BENCH_TOP || 20)),
    '',
  ].join('\n'),
)
process.exit(0)
