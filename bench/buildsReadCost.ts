/**
 * What one uncached read costs in two builds of Kindred, side by side (issue 12): each folder's production
 * bundle (`dist/server.mjs`, built there with `npm run build:server`) runs as its own process on its own
 * fresh SQLite file with the demo and 11 more published articles, the read cache off. Each round sends every
 * route `BENCH_REQUESTS` times (default 400, 4 at a time, keep-alive) to one build, then the other (the order
 * reverses every round, `BENCH_ROUNDS`, default 4), and reads the server process's CPU time from /proc: the
 * client's share is not in it. The table shows each median and the ratio of the second build to the first.
 * The absolute numbers move with the machine's load; the ratio inside one run is the figure to compare.
 *
 *   git worktree add --detach /tmp/old <commit> && cp -al node_modules /tmp/old/ && (cd /tmp/old && npm run build:server)
 *   npm run build:server && npm run bench:reads:builds -- /tmp/old .
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { benchEnv } from './support/benchEnv.js'
import { loginAdmin } from './support/loginAdmin.js'
import { seedArticles } from './support/seedArticles.js'
import { stopProcess } from './support/stopProcess.js'
import { treeCpuSeconds } from './support/treeCpuSeconds.js'
import { waitFor } from './support/waitFor.js'

const requests = Number(process.env.BENCH_REQUESTS || 400)
const rounds = Number(process.env.BENCH_ROUNDS || 4)
const concurrency = 4
const slug = 'help-we-want-more-emotional-intimacy-in-our-marriage'
const folders = process.argv.slice(2).map((folder) => path.resolve(folder))
if (folders.length !== 2) throw new Error('Name two folders, each with a built dist/server.mjs.')
for (const folder of folders)
  if (!fs.existsSync(path.join(folder, 'dist/server.mjs')))
    throw new Error(`${folder}: run \`npm run build:server\` there first.`)

const spawnIn = (folder: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess =>
  spawn(process.execPath, args, { cwd: folder, env, stdio: ['ignore', 'ignore', 'inherit'] })
const runIn = (folder: string, args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<void>((resolve, reject) =>
    spawnIn(folder, args, env).on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${folder}: ${args.join(' ')} exited ${code}`)),
    ),
  )

type Build = {
  dir: string
  name: string
  port: number
  routes: Record<string, string>
  server: ChildProcess
}
const builds: Build[] = []
for (const [index, folder] of folders.entries()) {
  const port = 3610 + index
  const { dir, env } = benchEnv({ API_CACHE_SECONDS: '0', NODE_ENV: 'production' })
  // The seed refuses the demo logins in production; tsx: newer builds load the plugins from their TypeScript entries.
  await runIn(folder, ['--conditions=production', '--import', 'tsx', 'dist/src/seed/run.js'], {
    ...env,
    NODE_ENV: 'development',
  })
  const server = spawnIn(folder, ['--conditions=production', 'dist/server.mjs'], {
    ...env,
    PORT: String(port),
  })
  const base = `http://127.0.0.1:${port}`
  await waitFor(`${base}/healthz`)
  await seedArticles(base, await loginAdmin(base))
  const demo = await (await fetch(`${base}/api/articles?limit=1&where[slug][equals]=${slug}`)).json()
  const name = execFileSync('git', ['-C', folder, 'rev-parse', '--short', 'HEAD'], {
    encoding: 'utf8',
  }).trim()
  builds.push({
    dir,
    name,
    port,
    routes: {
      'GET /healthz (Express only)': '/healthz',
      'GET /api/users/me, anonymous': '/api/users/me',
      'GET /api/articles?limit=10&depth=1': '/api/articles?limit=10&depth=1',
      'GET /api/articles?limit=10&depth=0': '/api/articles?limit=10&depth=0',
      'GET /api/articles/:id?depth=1': `/api/articles/${demo.docs[0].id as string}?depth=1`,
      'GET /api/articles/:slug/comments': `/api/articles/${slug}/comments`,
    },
    server,
  })
}

const get = (agent: http.Agent, build: Build, route: string) =>
  new Promise<number>((resolve, reject) => {
    http
      .get({ agent, host: '127.0.0.1', path: route, port: build.port }, (response) => {
        let size = 0
        response.on('data', (chunk: Buffer) => (size += chunk.length))
        response.on('end', () =>
          response.statusCode === 200 ? resolve(size) : reject(new Error(`${route}: ${response.statusCode}`)),
        )
      })
      .on('error', reject)
  })

const measure = async (build: Build, route: string) => {
  let sent = 0
  let bytes = 0
  // Fresh connections each time: a kept one may have idled past the server's keep-alive timeout meanwhile.
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
  const before = treeCpuSeconds(build.server.pid!)
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (sent < requests) {
        sent += 1
        bytes = await get(agent, build, route)
      }
    }),
  )
  const cpuMs = ((treeCpuSeconds(build.server.pid!) - before) * 1000) / requests
  agent.destroy()
  return { bytes, cpuMs }
}

const routeNames = Object.keys(builds[0].routes)
const samples = new Map<string, { bytes: number; cpuMs: number[] }[]>(
  routeNames.map((name) => [name, builds.map(() => ({ bytes: 0, cpuMs: [] }))]),
)
try {
  for (const build of builds) for (const name of routeNames) await measure(build, build.routes[name]) // warm-up
  for (let round = 0; round < rounds; round += 1)
    for (const name of routeNames)
      for (const index of round % 2 ? [1, 0] : [0, 1]) {
        const { bytes, cpuMs } = await measure(builds[index], builds[index].routes[name])
        const sample = samples.get(name)![index]
        sample.bytes = bytes
        sample.cpuMs.push(cpuMs)
      }
} finally {
  // A failed request must not leave the servers running.
  for (const build of builds) {
    await stopProcess(build.server)
    fs.rmSync(build.dir, { force: true, recursive: true })
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const [first, second] = builds.map((build) => build.name)
process.stdout.write(
  [
    `${rounds} rounds × ${requests} requests per route and build, ${concurrency} at a time; server CPU per request`,
    '',
    `| request | answer (${first}) | answer (${second}) | CPU ms, ${first} | CPU ms, ${second} | ratio | rounds (${first}; ${second}) |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...routeNames.map((name) => {
      const [a, b] = samples.get(name)!
      const cells = [a, b].map((sample) => sample.cpuMs.map((ms) => ms.toFixed(2)).join(' ')).join('; ')
      return `| ${name} | ${a.bytes} B | ${b.bytes} B | ${median(a.cpuMs).toFixed(2)} | ${median(b.cpuMs).toFixed(2)} | ${(median(b.cpuMs) / median(a.cpuMs)).toFixed(2)}× | ${cells} |`
    }),
    '',
  ].join('\n'),
)
process.exit(0)
