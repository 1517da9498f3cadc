import { afterAll, beforeAll } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

import { freshPostgresDatabase } from './freshPostgresDatabase.js'
import { makeScratchFolder } from './makeScratchFolder.js'
import { type ServerProcess, spawnServer, waitUntilUp } from './spawnServer.js'
import { startRedis } from './startRedis.js'
import { testDatabase } from './testDatabase.js'

type ProcessOptions = {
  /** This process's own environment, on top of the common one. */
  env?: Record<string, string>
  /** False leaves REDIS_URL out, for a process that must do without the suite's Redis. @default true */
  redis?: boolean
}

export type ServerProcesses = {
  /** The redis-server the processes share, when the suite asked for one; a test may stop it to see them do without. */
  redis?: Awaited<ReturnType<typeof startRedis>>
  /** The processes, in the order they were asked for. */
  servers: ServerProcess[]
}

/**
 * Registers the `beforeAll`/`afterAll` pair of a suite of real Kindred processes (`src/server.ts`, API only) on
 * one new database: a SQLite file in a scratch folder, or a fresh PostgreSQL database in that pass. With `redis`,
 * a real redis-server they share (REDIS_URL). All have one secret, trust loopback as their proxy and run no jobs
 * of their own. The first process migrates the database; the others start once it is up and find it ready.
 * Answers an object whose fields are set once the `beforeAll` has run; the `afterAll` ends every process,
 * Redis, the database and the folder.
 */
export const useServerProcesses = (
  name: string,
  processes: ProcessOptions[],
  { redis: withRedis = false } = {},
): ServerProcesses => {
  const started: ServerProcesses = { servers: [] }
  let postgres: Awaited<ReturnType<typeof freshPostgresDatabase>> | undefined
  let dir: string | undefined

  beforeAll(async () => {
    if (withRedis) started.redis = await startRedis()
    dir = makeScratchFolder(name)
    postgres = testDatabase() === 'postgres' ? await freshPostgresDatabase() : undefined
    const common = {
      DATA_DIR: dir,
      DATABASE_URI: postgres?.url ?? `file:${path.join(dir, 'kindred.db')}`,
      JOBS_AUTORUN: 'false',
      KINDRED_SEED: 'false',
      LOG_FORMAT: 'json',
      PAYLOAD_SECRET: `${name}-test-secret`,
      TRUST_PROXY: 'loopback',
    }
    const spawn = ({ env = {}, redis = true }: ProcessOptions) =>
      spawnServer({ ...common, ...(redis && started.redis ? { REDIS_URL: started.redis.url } : {}), ...env })
    const [first = {}, ...others] = processes
    started.servers.push(await spawn(first))
    await waitUntilUp(started.servers[0]!, 120_000)
    started.servers.push(...(await Promise.all(others.map(spawn))))
    await Promise.all(started.servers.slice(1).map((server) => waitUntilUp(server, 120_000)))
  }, 240_000)

  afterAll(async () => {
    for (const server of started.servers) server.child.kill('SIGTERM')
    await Promise.all(started.servers.map((server) => server.exited))
    await started.redis?.stop()
    await postgres?.drop()
    if (dir) fs.rmSync(dir, { force: true, recursive: true })
  }, 60_000)

  return started
}
