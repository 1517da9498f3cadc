import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export type ThrowawayPostgres = {
  /** The cluster's data folder (its `postmaster.pid` names the server process, for CPU accounting). */
  dataDir: string
  /** Stops the server and deletes its files; safe to call more than once, and from an `exit` handler. */
  stop: () => void
  /** Superuser URL of the cluster's `postgres` database. */
  url: string
}

declare global {
  var kindredThrowawayPostgres: ThrowawayPostgres | undefined
}

/** A free loopback port (as spawnServer's freePort: Jest loads this module apart, without our import mapping). */
const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

/** Debian's PostgreSQL binaries (`/usr/lib/postgresql/<version>/bin`), newest version first, or `PG_BIN`. */
const binDir = (): string => {
  if (process.env.PG_BIN) return process.env.PG_BIN
  const root = '/usr/lib/postgresql'
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : []
  const found = versions
    .map((version) => path.join(root, version, 'bin'))
    .find((dir) => fs.existsSync(`${dir}/pg_ctl`))
  if (!found)
    throw new Error('No PostgreSQL found: apt-get install postgresql, or set PG_BIN or TEST_POSTGRES_URL.')
  return found
}

/**
 * Starts a PostgreSQL cluster of its own in a scratch folder, for one test run
 * (or one benchmark: bench/scaling.bench.ts imports it from here, since Jest
 * loads this file apart, through require, where no import of ours resolves):
 * trust authentication on loopback, no durability (fsync off), nothing shared
 * with any system cluster. PostgreSQL refuses to run as root, so as root the
 * cluster belongs to the `postgres` account Debian's package creates.
 */
export const startThrowawayPostgres = async (): Promise<ThrowawayPostgres> => {
  const bin = binDir()
  const scratchRoot = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir()
  const dir = fs.mkdtempSync(path.join(scratchRoot, 'kindred-pg-'))
  const asRoot = process.getuid?.() === 0
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir])
  const run = (command: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args], {
          cwd: dir,
          stdio: 'pipe',
        })
      : execFileSync(path.join(bin, command), args, { cwd: dir, stdio: 'pipe' })
  const data = path.join(dir, 'data')
  const port = await freePort()
  let stopped = false
  const stop = () => {
    if (stopped) return
    stopped = true
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
    } finally {
      fs.rmSync(dir, { force: true, recursive: true })
    }
  }
  try {
    run('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ])
    const settings = [
      `-k ${dir}`,
      `-p ${port}`,
      '-c listen_addresses=127.0.0.1',
      // Every test file has its own database and pool; the default 100 connections run out.
      '-c max_connections=300',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ]
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      path.join(dir, 'server.log'),
      '-w',
      '-t',
      '60',
      '-o',
      settings.join(' '),
      'start',
    ])
  } catch (error) {
    const log = path.join(dir, 'server.log')
    const detail = fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : ''
    stopped = true
    fs.rmSync(dir, { force: true, recursive: true })
    throw new Error(`The throwaway PostgreSQL did not start: ${String(error)}\n${detail}`)
  }
  return { dataDir: data, stop, url: `postgres://postgres@127.0.0.1:${port}/postgres` }
}

/**
 * Jest's global setup, once per run: with `TEST_DATABASE=postgres` and no
 * `TEST_POSTGRES_URL`, starts a throwaway PostgreSQL and hands its URL to the
 * test files (workers inherit this environment). globalTeardown stops it; so
 * does the process's exit, should the run be cut short. Jest loads this file
 * apart from the test modules, so it imports nothing of ours.
 */
const globalSetup = async (): Promise<void> => {
  if (process.env.TEST_DATABASE !== 'postgres' || process.env.TEST_POSTGRES_URL) return
  const cluster = await startThrowawayPostgres()
  globalThis.kindredThrowawayPostgres = cluster
  process.once('exit', () => {
    try {
      cluster.stop()
    } catch {
      // Exiting anyway; the scratch folder is removed regardless.
    }
  })
  process.env.TEST_POSTGRES_URL = cluster.url
}

// Jest calls a global setup module's default export.
export default globalSetup
