/**
 * What one uncached read costs (issue 12): the unbundled production build (`dist/`; the plugins from their
 * TypeScript entry points, as `npm run bench:comments:cost` loads them) in this process on a fresh SQLite file
 * with the demo and 11 more published articles, the read cache off, the real Express app on a loopback port.
 * Each round sends every route `BENCH_REQUESTS` times (default 300, 4 at a time, keep-alive) and reads this
 * process's CPU time (server and client alike) and the statements per request, once through libsql's own
 * client and once through the statement-caching one Kindred uses (`src/db/statementCachingClient.ts`),
 * swapped under Payload's SQLite adapter; rounds alternate the order (`BENCH_ROUNDS`, default 4) and the
 * table shows each median. `/healthz` (Express only) is the client's and Express's share, the same in every
 * row. The absolute numbers move with the machine's load; compare rows of one run.
 *
 *   npm run build:server && npm run bench:reads
 */
import type { Payload, SanitizedConfig } from 'payload'

import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { benchEnv } from './support/benchEnv.js'
import { loginAdmin } from './support/loginAdmin.js'
import { seedArticles } from './support/seedArticles.js'
import { seedDemo } from './support/seedDemo.js'

const requests = Number(process.env.BENCH_REQUESTS || 300)
const rounds = Number(process.env.BENCH_ROUNDS || 4)
const concurrency = 4
const slug = 'help-we-want-more-emotional-intimacy-in-our-marriage'
const { dir, env } = benchEnv({ API_CACHE_SECONDS: '0', NODE_ENV: 'production' })

if (!fs.existsSync('dist/payload.config.js')) throw new Error('Run `npm run build:server` first.')
await seedDemo(env)
Object.assign(process.env, env)

const dist = (file: string) => new URL(`../dist/${file}`, import.meta.url).href
const { drizzle } = await import('drizzle-orm/libsql')
const { createClient } = await import('@libsql/client')
const { statementCachingClient } = await import(dist('src/db/statementCachingClient.js'))
const config: SanitizedConfig = await (await import(dist('payload.config.js'))).default
const { getPayload } = await import('payload')
const { createApp } = await import(dist('src/http/createApp.js'))
const { closePayload } = await import(dist('src/closePayload.js'))
const payload: Payload = await getPayload({ config })

let statements = 0
const adapter = payload.db as unknown as { clientConfig: never; drizzle: unknown; schema: never }
const clients = {
  'libsql client': createClient(adapter.clientConfig),
  'statement cache': statementCachingClient(adapter.clientConfig),
}
const drizzles = new Map<string, unknown>()
for (const [variant, client] of Object.entries(clients)) {
  const counted = client as unknown as Record<string, (...args: unknown[]) => unknown>
  for (const method of ['execute', 'batch']) {
    const original = counted[method]
    counted[method] = (...args: unknown[]) => {
      statements += method === 'batch' ? (args[0] as unknown[]).length : 1
      return original.apply(client, args)
    }
  }
  drizzles.set(variant, drizzle(client as never, { logger: false, schema: adapter.schema }))
}

const server = createApp({ config, payload }).listen(0, '127.0.0.1')
await new Promise((resolve) => server.once('listening', resolve))
const port = (server.address() as AddressInfo).port
const base = `http://127.0.0.1:${port}`
await seedArticles(base, await loginAdmin(base))
const demo = await (await fetch(`${base}/api/articles?limit=1&where[slug][equals]=${slug}`)).json()

const routes: Record<string, string> = {
  'GET /healthz (Express only)': '/healthz',
  'GET /api/users/me, anonymous': '/api/users/me',
  'GET /api/articles?limit=10&depth=1': '/api/articles?limit=10&depth=1',
  'GET /api/articles/:id': `/api/articles/${demo.docs[0].id as string}`,
  'GET /api/articles/:slug/comments': `/api/articles/${slug}/comments`,
}

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
const get = (path: string) =>
  new Promise<number>((resolve, reject) => {
    http
      .get({ agent, host: '127.0.0.1', path, port }, (response) => {
        let size = 0
        response.on('data', (chunk: Buffer) => (size += chunk.length))
        response.on('end', () =>
          response.statusCode === 200 ? resolve(size) : reject(new Error(`${path}: ${response.statusCode}`)),
        )
      })
      .on('error', reject)
  })

const measure = async (path: string) => {
  let sent = 0
  let bytes = 0
  statements = 0
  const before = process.cpuUsage()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (sent < requests) {
        sent += 1
        bytes = await get(path)
      }
    }),
  )
  const cpu = process.cpuUsage(before)
  return { bytes, cpuMs: (cpu.user + cpu.system) / 1000 / requests, statements: statements / requests }
}

const variants = [...drizzles.keys()]
for (const variant of variants) {
  adapter.drizzle = drizzles.get(variant)
  for (const path of Object.values(routes)) await measure(path) // warm-up
}
const samples = new Map<string, { bytes: number; cpuMs: number[]; statements: number }>()
for (let round = 0; round < rounds; round += 1) {
  const order = round % 2 ? [...variants].reverse() : variants
  for (const [route, path] of Object.entries(routes)) {
    for (const variant of order) {
      adapter.drizzle = drizzles.get(variant)
      const { bytes, cpuMs, statements: perRequest } = await measure(path)
      const name = `${route} (${variant})`
      const sample = samples.get(name) ?? { bytes, cpuMs: [], statements: perRequest }
      sample.cpuMs.push(cpuMs)
      samples.set(name, sample)
    }
  }
}
agent.destroy()
server.close()
await closePayload(payload)
fs.rmSync(dir, { force: true, recursive: true })

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
process.stdout.write(
  [
    `${rounds} rounds × ${requests} requests per route, ${concurrency} at a time; CPU of this process per request`,
    '',
    '| request | statements | answer | CPU ms / request (median) | rounds |',
    '| --- | ---: | ---: | ---: | --- |',
    ...[...samples].map(
      ([name, { bytes, cpuMs, statements: perRequest }]) =>
        `| ${name} | ${perRequest.toFixed(1)} | ${bytes} B | ${median(cpuMs).toFixed(2)} | ${cpuMs.map((ms) => ms.toFixed(2)).join(' ')} |`,
    ),
    '',
  ].join('\n'),
)
process.exit(0)
