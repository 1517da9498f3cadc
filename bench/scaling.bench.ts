/**
 * Scaling benchmark (issue 9): uncached article reads (`GET /api/articles?limit=10&depth=1`,
 * `API_CACHE_SECONDS=0`) and guest comment posts, on 1, 2 and 3 production processes
 * (`dist/server.mjs`, API-only) sharing one PostgreSQL database, and on 1 process on SQLite as the
 * baseline, all in one run, with what each setup cost in CPU and where.
 *
 *   npm run build:server && npm run bench:scaling
 *
 * PostgreSQL is a throwaway cluster in a scratch folder, the one the PostgreSQL test pass starts
 * (tests/helpers/globalSetup.ts; no durability: fsync off, which flatters writes alike on 1, 2 or 3
 * processes). All four servers run for the whole benchmark; "n processes" loads the first n of the
 * PostgreSQL ones, and an idle server costs next to nothing. Only the first PostgreSQL process (and the
 * SQLite one) runs the job queue (`JOBS_AUTORUN=false` on the others), as in a deployment.
 *
 * No load balancer process: a Node proxy in front would spend the same two cores the servers need
 * (every request parsed and written twice) and bound the result itself. One autocannon is given
 * the processes' URLs instead; it spreads its connections over them round-robin (connection i →
 * URL i mod n, kept for the run), which is what a balancer with keep-alive connections does. The
 * connections in all are the same for every setup (BENCH_CONNECTIONS, a multiple of 6 so 1, 2 and 3
 * processes get equal shares), and one autocannon reports percentiles over all of them, which
 * summing several instances could not.
 *
 * Every post is a new guest (address in X-Forwarded-For, trusted from one proxy, TRUST_PROXY=1;
 * email; text), so the rate limits and the duplicate check pass and the whole pipeline runs.
 *
 * CPU: the Kindred processes, the PostgreSQL server and its backends (/proc/<pid>/stat, children
 * included), this process (autocannon) and the whole machine (/proc/stat) over every measured run.
 * A Node process near 1 core is bound by its one thread; a machine near all its cores is bound by
 * the machine, whose share left to the servers is what the load generator, PostgreSQL and anyone
 * else on it leave over. req/s per Kindred core is what a core buys: steady from 1 to 3 processes,
 * the throughput follows the cores the servers get; falling, they wait on something shared (the
 * database, a row lock) instead.
 *
 * Target: 3 processes ≥ 2.2× one process for uncached reads, or an account of what bounds it.
 */
import autocannon from 'autocannon'
import type { ChildProcess } from 'node:child_process'

import fs from 'node:fs'
import path from 'node:path'

import { freshPostgresDatabase } from '../tests/helpers/freshPostgresDatabase.js'
import { startThrowawayPostgres } from '../tests/helpers/globalSetup.js'
import { alternateRounds, type RouteResult } from './support/alternateRounds.js'
import { benchEnv } from './support/benchEnv.js'
import { type CoresInUse, cpuAccount } from './support/cpuAccount.js'
import { fetchJSON } from './support/fetchJSON.js'
import { guestSequence } from './support/guestSequence.js'
import { loginAdmin } from './support/loginAdmin.js'
import { machineLine } from './support/machineLine.js'
import { requireBuild } from './support/requireBuild.js'
import { resultRow } from './support/resultRow.js'
import { seedArticles } from './support/seedArticles.js'
import { seedDemo } from './support/seedDemo.js'
import { startServer } from './support/startServer.js'
import { stopProcess } from './support/stopProcess.js'
import { waitFor } from './support/waitFor.js'

const duration = Number(process.env.BENCH_SECONDS || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 12)
const rounds = Number(process.env.BENCH_ROUNDS || 2)
const port = Number(process.env.BENCH_PORT || 3440)
const warmupRequests = Number(process.env.BENCH_WARMUP_REQUESTS || 500)
if (!Number.isInteger(connections) || connections <= 0 || connections % 6 !== 0)
  throw new Error(
    `BENCH_CONNECTIONS must be a multiple of 6 (equal shares for 1, 2 and 3 processes), not ${connections}`,
  )
const listPath = '/api/articles?limit=10&depth=1'
const slug = 'help-we-want-more-emotional-intimacy-in-our-marriage'
const commentPath = `/api/articles/${slug}/comments`

requireBuild()
// No spam provider even if the shell has AKISMET_KEY: the pipeline is measured, not Akismet's network.
const { dir, env: sqliteEnv } = benchEnv({
  AKISMET_KEY: undefined,
  API_CACHE_SECONDS: '0',
  NODE_ENV: 'production',
  TRUST_PROXY: '1',
})
const cluster = await startThrowawayPostgres()
// Ctrl-C too: the cluster is a server of its own, which nothing else would stop.
process.once('exit', () => cluster.stop())
process.once('SIGINT', () => process.exit(130))
const servers: ChildProcess[] = []

try {
  const database = await freshPostgresDatabase(cluster.url)
  const postgresEnv = { ...sqliteEnv, DATABASE_URI: database.url }
  await seedDemo(sqliteEnv)
  await seedDemo(postgresEnv)

  // Job runner: the SQLite process and the first PostgreSQL one; the others only serve.
  const sqliteURL = `http://127.0.0.1:${port}`
  servers.push(startServer({ ...sqliteEnv, JOBS_AUTORUN: 'true' }, port))
  const postgresURLs = [1, 2, 3].map((n) => `http://127.0.0.1:${port + n}`)
  for (const n of [1, 2, 3])
    servers.push(startServer({ ...postgresEnv, JOBS_AUTORUN: n === 1 ? 'true' : 'false' }, port + n))
  await Promise.all([sqliteURL, ...postgresURLs].map((url) => waitFor(`${url}/healthz`, 60_000)))

  // A full page of ten articles on either database, and one guest comment through each process,
  // which fails the benchmark if the pipeline answers anything but a 2xx.
  const guests = guestSequence()
  for (const base of [sqliteURL, postgresURLs[0]]) await seedArticles(base, await loginAdmin(base))
  for (const base of [sqliteURL, ...postgresURLs]) {
    const probe = guests.commentRequest()
    await fetchJSON(`${base}${commentPath}`, {
      body: probe.body,
      headers: { 'content-type': 'application/json', 'x-forwarded-for': probe.ip },
      method: 'POST',
    })
  }

  // Every server by name; a setup loads the servers it names.
  const processes: Record<string, { server: ChildProcess; url: string }> = {
    SQLite: { server: servers[0], url: sqliteURL },
    ...Object.fromEntries(
      postgresURLs.map((url, i) => [`PostgreSQL ${i + 1}`, { server: servers[i + 1], url }]),
    ),
  }
  const setups = {
    'SQLite, 1 process': ['SQLite'],
    'PostgreSQL, 1 process': ['PostgreSQL 1'],
    'PostgreSQL, 2 processes': ['PostgreSQL 1', 'PostgreSQL 2'],
    'PostgreSQL, 3 processes': ['PostgreSQL 1', 'PostgreSQL 2', 'PostgreSQL 3'],
  }
  type Setup = keyof typeof setups
  const names = Object.keys(setups) as Setup[]
  const postmasterPid = () => [
    Number(fs.readFileSync(path.join(cluster.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]),
  ]
  const cpuGroups = {
    ...Object.fromEntries(
      Object.entries(processes).map(([label, { server }]) => [label, () => [server.pid!]]),
    ),
    PostgreSQL: postmasterPid,
  }

  // autocannon takes several URLs at run time (connection i → URL i mod n); its types say one string.
  const urls = (labels: string[], route: string) =>
    labels.map((label) => `${processes[label].url}${route}`) as unknown as string
  const readTarget = (labels: string[]): autocannon.Options => ({ url: urls(labels, listPath) })
  const postTarget = (labels: string[]): autocannon.Options => ({
    headers: { 'content-type': 'application/json' },
    method: 'POST',
    requests: [
      {
        setupRequest: (request) => {
          const { body, ip } = guests.commentRequest()
          return { ...request, body, headers: { ...request.headers, 'x-forwarded-for': ip } }
        },
      },
    ],
    url: urls(labels, commentPath),
  })
  const targets = (target: (labels: string[]) => autocannon.Options) =>
    Object.fromEntries(names.map((setup) => [setup, target(setups[setup])])) as Record<
      Setup,
      autocannon.Options
    >

  // Every server gets the same warm-up (the JIT, the connection pool), so the processes a setup adds
  // are as warm as the first: alternateRounds warms per setup, which leaves PostgreSQL 3 colder.
  for (const label of Object.keys(processes)) {
    await autocannon({ ...readTarget([label]), amount: warmupRequests, connections })
    await autocannon({ ...postTarget([label]), amount: warmupRequests / 5, connections })
  }

  const readCpu = cpuAccount<Setup>(cpuGroups)
  const reads = await alternateRounds(targets(readTarget), {
    connections,
    duration,
    observe: readCpu.observe,
    rounds,
  })
  const postCpu = cpuAccount<Setup>(cpuGroups)
  const posts = await alternateRounds(targets(postTarget), {
    connections,
    duration,
    observe: postCpu.observe,
    rounds,
  })

  const cores = (value: number) => value.toFixed(2)
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
  // Where a setup's cores went: its own servers, PostgreSQL, autocannon, and everyone else on the machine.
  const shares = (cpu: CoresInUse, setup: Setup) => {
    const kindredAll = sum(
      Object.entries(cpu.groups).flatMap(([group, value]) => (group === 'PostgreSQL' ? [] : [value])),
    )
    return {
      ...cpu,
      kindred: setups[setup].map((label) => cpu.groups[label]),
      postgres: cpu.groups.PostgreSQL,
      rest: Math.max(cpu.machine - kindredAll - cpu.groups.PostgreSQL - cpu.loadGenerator, 0),
    }
  }
  const row = (setup: Setup, result: RouteResult, cpu: CoresInUse) => {
    const used = shares(cpu, setup)
    return `${resultRow(setup, result)} ${(result.rps / sum(used.kindred)).toFixed(0)} | ${used.kindred.map(cores).join(' + ')} | ${cores(used.postgres)} | ${cores(used.loadGenerator)} | ${cores(used.rest)} | ${cores(used.machine)} / ${cores(used.machineCores)} |`
  }
  const table = (
    title: string,
    results: Record<Setup, RouteResult>,
    cpu: ReturnType<typeof cpuAccount<Setup>>,
  ) => {
    const one = results['PostgreSQL, 1 process'].rps
    const oneUsed = shares(cpu.cores('PostgreSQL, 1 process'), 'PostgreSQL, 1 process')
    const threeUsed = shares(cpu.cores('PostgreSQL, 3 processes'), 'PostgreSQL, 3 processes')
    const needed = 2.2 * (sum(oneUsed.kindred) + oneUsed.postgres + oneUsed.loadGenerator)
    return [
      `### ${title}`,
      '',
      '| setup | req/s | p50 | p99 | errors / non-2xx | req/s per Kindred core | Kindred cores (per process) | PostgreSQL cores | autocannon cores | rest of machine | machine busy / cores |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...names.map((setup) => row(setup, results[setup], cpu.cores(setup))),
      '',
      `PostgreSQL scaling: 2 processes / 1 = ${(results['PostgreSQL, 2 processes'].rps / one).toFixed(2)}×, 3 processes / 1 = ${(results['PostgreSQL, 3 processes'].rps / one).toFixed(2)}×; PostgreSQL 1 process / SQLite 1 process = ${(one / results['SQLite, 1 process'].rps).toFixed(2)}×`,
      `2.2× one process takes ${cores(needed)} cores at one process's CPU per request (2.2 × its Kindred + PostgreSQL + autocannon cores); the 3 processes' runs had ${cores(threeUsed.machineCores - threeUsed.rest)} (the machine's ${cores(threeUsed.machineCores)} less ${cores(threeUsed.rest)} others used), and a Kindred process, one JavaScript thread, uses about 1 at most`,
      '',
    ]
  }

  process.stdout.write(
    [
      machineLine(
        `, load average ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} at the end`,
      ),
      'command: npm run bench:scaling (after npm run build:server)',
      `autocannon: ${connections} connections in all, spread evenly over the setup's processes, ${rounds} × ${duration} s per setup, alternating`,
      `every post a new guest (${guests.made()} made); API_CACHE_SECONDS=0; jobs run in the SQLite process and PostgreSQL process 1 only`,
      '',
      ...table(`GET ${listPath} (uncached)`, reads, readCpu),
      ...table(`POST ${commentPath} (a new guest each)`, posts, postCpu),
      'Target: 3 processes ≥ 2.2× one process for uncached reads (on this machine: see the CPU columns for what bounds it).',
      '',
    ].join('\n'),
  )
} finally {
  await Promise.all(servers.map(stopProcess))
  cluster.stop()
  fs.rmSync(dir, { force: true, recursive: true })
}
