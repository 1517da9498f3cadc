/**
 * How many SQL statements one guest comment costs, and which: the production build in this process on a
 * fresh, seeded SQLite file, every statement the libsql client runs counted while comments are posted one
 * after another through the real Express app (so each statement belongs to one post). Prints the count
 * per comment and one post's statements, grouped by shape. Not a timing: run it before and after a change.
 *
 *   npm run build:server && npm run bench:comments:statements
 */
import type { Payload, SanitizedConfig } from 'payload'

import fs from 'node:fs'
import type { AddressInfo } from 'node:net'

import { benchEnv } from './support/benchEnv.js'
import { guestSequence } from './support/guestSequence.js'
import { requireBuild } from './support/requireBuild.js'
import { seedDemo } from './support/seedDemo.js'

const posts = Number(process.env.BENCH_POSTS || 20)
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
for (let i = 0; i < posts; i++) {
  seen.length = 0
  status = (await post()).status
  perPost.push(seen.length)
  last = [...seen]
}
server.close()
await closePayload(payload)
fs.rmSync(dir, { force: true, recursive: true })

const shape = (sql: string) => sql.replace(/\s+/g, ' ').slice(0, 160)
const groups = new Map<string, number>()
for (const sql of last) groups.set(shape(sql), (groups.get(shape(sql)) ?? 0) + 1)
perPost.sort((a, b) => a - b)
process.stdout.write(
  [
    `${posts} guest posts (status ${status}): statements per post min ${perPost[0]}, median ${perPost[Math.floor(posts / 2)]}, max ${perPost[posts - 1]}`,
    `the last post's ${last.length} statements, in order of first appearance:`,
    ...[...groups].map(([sql, n]) => `${String(n).padStart(3)} × ${sql}`),
    '',
  ].join('\n'),
)
process.exit(0)
