import fs from 'node:fs'
import path from 'node:path'

import { bootKindred, type Kindred } from './bootKindred.js'
import { type ServerProcess, spawnServer, waitUntilUp } from './spawnServer.js'
import { startRedis } from './startRedis.js'
import { testDatabase } from './testDatabase.js'

export type Cluster = {
  /** The processes in start order; a killed one keeps its place, so round-robin still reaches it. */
  readonly processes: ServerProcess[]
  /** The in-process Payload on the same database: setup and inspection only, it serves no request. */
  readonly kindred: Kindred
  readonly cronSecret: string
  readonly database: 'postgres' | 'sqlite'
  /** Every email every process sent, one JSON line each (the shared outbox). */
  readonly outboxFile: string
  /** The Redis all processes share, when the cluster has one. */
  readonly redisURL: string | undefined
  /** The process the i-th request goes to: round-robin, as a load balancer without health checks would. */
  pick: (i: number) => ServerProcess
  /** Ends one process with SIGKILL (no shutdown, connections cut) and waits until it is gone. */
  kill: (index: number) => Promise<void>
  stop: () => Promise<void>
}

type ClusterOptions = {
  env?: Record<string, string>
  processes: number
  redis: boolean
}

/**
 * Several real Kindred processes (`src/server.ts`, API only) on one database:
 * with `TEST_DATABASE=postgres` a fresh PostgreSQL database, else one SQLite
 * file; with `redis`, one real redis-server they all share. An in-process
 * Payload (`kindred`) migrates the database first and is the tests' tool for
 * setup; the processes find nothing left to migrate. All share one secret (a
 * session from one is valid on all), trust loopback as their proxy (tests name
 * each client by X-Forwarded-For), run queued jobs themselves and append every
 * email to one outbox file.
 */
export const startCluster = async ({
  env = {},
  processes: count,
  redis,
}: ClusterOptions): Promise<Cluster> => {
  // Migrated, not pushed, as in production: on PostgreSQL a push from each process would race the others and
  // stumble on Payload's identifiers longer than PostgreSQL's 63 characters.
  const kindred = await bootKindred({ KINDRED_SCHEMA_PUSH: 'false' })
  const redisServer = redis ? await startRedis() : undefined
  const outboxFile = path.join(kindred.dir, 'outbox.jsonl')
  fs.writeFileSync(outboxFile, '')
  const cronSecret = 'cluster-cron-secret-that-is-long-enough'
  const processes: ServerProcess[] = []
  const stopAll = async () => {
    for (const server of processes) if (server.child.exitCode === null) server.child.kill('SIGTERM')
    await Promise.all(processes.map((server) => server.exited))
    // The processes' own logs are where a 500 says why; the test only sees the status.
    const logDir = process.env.CLUSTER_LOG_DIR
    if (logDir) {
      fs.mkdirSync(logDir, { recursive: true })
      for (const [index, server] of processes.entries()) {
        const { stderr, stdout } = server.output()
        fs.writeFileSync(path.join(logDir, `process-${index}.log`), `${stdout}${stderr}`)
      }
    }
    await redisServer?.stop()
    await kindred.close()
  }
  try {
    for (let i = 0; i < count; i += 1) {
      processes.push(
        await spawnServer({
          API_CACHE_SECONDS: '3',
          CRON_SECRET: cronSecret,
          // 200 requests at once on 2 shared cores can wait past the default 5 s for one of a process's 10 pooled
          // connections: that overload (503 + Retry-After) is tests/databaseBusy.test.ts's subject, not this suite's.
          DATABASE_TIMEOUT_MS: '30000',
          DATABASE_URI: process.env.DATABASE_URI,
          DATA_DIR: kindred.dir,
          EMAIL_OUTBOX_FILE: outboxFile,
          JOBS_AUTORUN: 'true',
          KINDRED_SCHEMA_PUSH: 'false',
          KINDRED_SEED: 'false',
          LOG_FORMAT: 'json',
          MEDIA_DIR: path.join(kindred.dir, 'media'),
          PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
          REDIS_URL: redisServer?.url,
          TRUST_PROXY: 'loopback',
          ...env,
        }),
      )
    }
    await Promise.all(processes.map((server) => waitUntilUp(server, 120_000)))
  } catch (error) {
    await stopAll()
    throw error
  }
  return {
    cronSecret,
    database: testDatabase(),
    kill: async (index) => {
      const server = processes[index]!
      server.child.kill('SIGKILL')
      await server.exited
    },
    kindred,
    outboxFile,
    pick: (i) => processes[i % processes.length]!,
    processes,
    redisURL: redisServer?.url,
    stop: stopAll,
  }
}
