import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import net from 'node:net'
import path from 'node:path'

import { createStaff } from '../helpers/accounts.js'
import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { createComment } from '../helpers/comments.js'
import { readOutboxFile } from '../helpers/outboxFile.js'
import { type ServerProcess, spawnServer, waitUntilUp } from '../helpers/spawnServer.js'

// Issue 9: two processes with JOBS_AUTORUN on ran the same notification jobs, so moderators got every email
// twice. Here real server processes share one database (SQLite file, or PostgreSQL with TEST_DATABASE=postgres)
// and one outbox file; the test process only queues (its own JOBS_AUTORUN is off) and counts.
let kindred: Kindred
let articleID: string
let moderators: string[]
let outboxFile: string
const servers: ServerProcess[] = []

beforeAll(async () => {
  kindred = await bootKindred()
  outboxFile = path.join(kindred.dir, 'outbox.jsonl')
  articleID = String((await createArticle(kindred.payload, { title: 'Queued' })).id)
  moderators = [
    (await createStaff(kindred.payload, 'moderator')).email,
    (await createStaff(kindred.payload, 'moderator')).email,
  ]
}, 120_000)
const stopServers = async () => {
  const running = servers.splice(0)
  for (const server of running) if (server.child.exitCode === null) server.child.kill('SIGTERM')
  await Promise.all(running.map((server) => server.exited))
}
afterEach(stopServers)
afterAll(async () => {
  await stopServers()
  await kindred.close()
})

const startRunner = async (env: Record<string, string> = {}) => {
  const server = await spawnServer({
    DATABASE_URI: process.env.DATABASE_URI,
    EMAIL_OUTBOX_FILE: outboxFile,
    JOBS_AUTORUN: 'true',
    // Completed jobs stay, with their logs, to count how often each ran.
    JOBS_KEEP_COMPLETED: 'true',
    LOG_LEVEL: 'error',
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
    ...env,
  })
  servers.push(server)
  await waitUntilUp(server, 90_000)
  return server
}

/** Comments waiting for review, each of which queues one "notify moderators" job through the real hook. */
const queuePendingComments = async (count: number): Promise<string[]> => {
  const ids: string[] = []
  for (let i = 0; i < count; i++) ids.push(await createComment(kindred.payload, articleID, 'pending'))
  return ids
}

const jobsFor = async (commentIDs: string[]) =>
  (
    await kindred.payload.find({
      collection: 'payload-jobs',
      limit: 0,
      overrideAccess: true,
      pagination: false,
      where: { taskSlug: { equals: 'commentNotifyModerators' } },
    })
  ).docs.filter((job) => commentIDs.includes((job.input as { commentID: string }).commentID))

const waitUntilAllDone = async (commentIDs: string[], timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const jobs = await jobsFor(commentIDs)
    if (jobs.length === commentIDs.length && jobs.every((job) => job.completedAt || job.hasError)) return
    if (Date.now() > deadline) {
      const pending = jobs.filter((job) => !job.completedAt && !job.hasError).length
      const logs = servers.map((server) => server.output().stderr.slice(-2000)).join('\n')
      throw new Error(`${pending} of ${commentIDs.length} jobs still pending after ${timeoutMs} ms\n${logs}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** "recipient comment" for every email about one of `commentIDs`, with the pids that sent it. */
const emailsAbout = (commentIDs: string[]) => {
  const sent = new Map<string, number[]>()
  for (const line of readOutboxFile(outboxFile)) {
    const comment = commentIDs.find((id) => String(line.text).includes(`/comments/${id}`))
    if (!comment) continue
    const key = `${line.to} ${comment}`
    sent.set(key, [...(sent.get(key) ?? []), line.pid])
  }
  return sent
}
const expectedKeys = (commentIDs: string[]) =>
  commentIDs.flatMap((id) => moderators.map((email) => `${email} ${id}`)).sort()

const expectEachJobCompletedOnce = async (commentIDs: string[]) => {
  const jobs = await jobsFor(commentIDs)
  expect(jobs).toHaveLength(commentIDs.length)
  for (const job of jobs) {
    expect(job).toMatchObject({ hasError: false, processing: false, totalTried: 1 })
    expect(job.completedAt).toBeTruthy()
    // One run leaves one entry; a second run of the same job would add another, or fail to insert it.
    expect((job.log ?? []).map((entry) => entry.state)).toEqual(['succeeded'])
  }
}

const errorsLogged = (server: ServerProcess) => {
  const { stderr, stdout } = server.output()
  return `${stdout}\n${stderr}`.split('\n').filter((line) => /"level":(50|60)/.test(line))
}

describe('each job runs exactly once across processes', () => {
  it('sends every moderator notification once when three processes with JOBS_AUTORUN race for 120 jobs', async () => {
    // Small batches every second: the runners meet at the same second, over and over, for the same jobs.
    const env = { JOBS_INTERVAL_SECONDS: '1', JOBS_LIMIT: '15' }
    // One after another: each start pushes the schema (a no-op on SQLite, not quite on PostgreSQL, where
    // simultaneous pushes collide). The jobs are queued once all three are up, so the race is still on.
    const runners: ServerProcess[] = []
    for (let i = 0; i < 3; i++) runners.push(await startRunner(env))
    const commentIDs = await queuePendingComments(120)
    await waitUntilAllDone(commentIDs, 120_000)

    const sent = emailsAbout(commentIDs)
    expect([...sent.keys()].sort()).toEqual(expectedKeys(commentIDs))
    const twice = [...sent].filter(([, pids]) => pids.length > 1)
    expect(twice).toEqual([])
    // The work was shared, so the runners did race: more than one process sent emails.
    const senders = new Set([...sent.values()].flat())
    expect(senders.size).toBeGreaterThan(1)
    await expectEachJobCompletedOnce(commentIDs)
    for (const runner of runners) expect(errorsLogged(runner)).toEqual([])
  }, 300_000)

  it('lets another process take over the jobs of a runner killed mid-batch once their lease expires, and runs each of them', async () => {
    const leaseSeconds = 8
    const env = { JOBS_INTERVAL_SECONDS: '1', JOBS_LEASE_SECONDS: String(leaseSeconds), JOBS_LIMIT: '500' }
    const commentIDs = await queuePendingComments(100)
    // A mail server that accepts the connection and never answers: the first runner's emails hang mid-send, so
    // it is surely killed mid-batch (with the outbox, a quiet machine could finish all hundred jobs in parallel
    // between its first email and the kill, and leave nothing to take over).
    const silentMailServer = net.createServer(() => {})
    silentMailServer.unref()
    await new Promise<void>((resolve) => silentMailServer.listen(0, '127.0.0.1', resolve))
    const { port } = silentMailServer.address() as net.AddressInfo
    // Alone and with a large batch, the first runner claims every queued job at its first tick.
    const first = await startRunner({ ...env, SMTP_URL: `smtp://127.0.0.1:${port}` })
    const firstPid = first.child.pid!
    const deadline = Date.now() + 60_000
    while (!(await jobsFor(commentIDs)).some((job) => job.processing)) {
      if (Date.now() > deadline) throw new Error('the first runner claimed nothing')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    first.child.kill('SIGKILL')
    await first.exited
    silentMailServer.close()
    const killedAt = Date.now()
    const heldByTheDead = (await jobsFor(commentIDs)).filter((job) => !job.completedAt)
    expect(heldByTheDead.length).toBeGreaterThan(0)
    expect(heldByTheDead.every((job) => job.processing)).toBe(true)

    const second = await startRunner(env)
    const secondPid = second.child.pid!
    let firstTakeover = 0
    const until = Date.now() + 120_000
    for (;;) {
      if (!firstTakeover && readOutboxFile(outboxFile).some((line) => line.pid === secondPid))
        firstTakeover = Date.now()
      const jobs = await jobsFor(commentIDs)
      if (jobs.every((job) => job.completedAt || job.hasError)) break
      if (Date.now() > until) throw new Error('the killed runner’s jobs were never taken over')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    firstTakeover ||= Date.now()
    // Not before the lease: the jobs were claimed just before the kill, so the lease ends about then + 8 s.
    expect(firstTakeover - killedAt).toBeGreaterThanOrEqual((leaseSeconds - 2) * 1000)

    const sent = emailsAbout(commentIDs)
    expect([...sent.keys()].sort()).toEqual(expectedKeys(commentIDs))
    // At least once for a job in flight at the kill: its emails already out may go again, one copy from each
    // runner. Everything else exactly once, and the survivor never sends anything twice.
    for (const [key, pids] of sent) {
      if (pids.length === 1) continue
      expect({ key, pids: [...pids].sort() }).toEqual({ key, pids: [firstPid, secondPid].sort() })
    }
    expect([...sent.values()].flat()).toContain(secondPid)
    const jobs = await jobsFor(commentIDs)
    for (const job of jobs) {
      expect(job).toMatchObject({ hasError: false, processing: false })
      expect((job.log ?? []).map((entry) => entry.state)).toEqual(['succeeded'])
    }
    expect(errorsLogged(second)).toEqual([])
  }, 300_000)
})
