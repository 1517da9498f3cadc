import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'

import type { ServerProcess } from '../helpers/spawnServer.js'

import { createStaff } from '../helpers/accounts.js'
import { createArticle } from '../helpers/articles.js'
import { answerAll, standardAssessment, type Standard } from '../helpers/assessments.js'
import { newGuest } from '../helpers/comments.js'
import { type Cluster, startCluster } from '../helpers/startCluster.js'
import { testDatabase } from '../helpers/testDatabase.js'

// Several Kindred processes behind a load balancer share one database: what each of them acknowledges is stored
// exactly once, limits hold across them, and losing one loses nothing it acknowledged. On PostgreSQL: three
// processes and one Redis, the production shape. On SQLite: two processes on one file and no Redis, the default
// configuration, where the database alone is the shared store (rate limits, job claims).
const withRedis = testDatabase() === 'postgres'
const cacheSeconds = 3

let cluster: Cluster
let adminAuth: string
let article: { id: string; slug: string }
let standard: Standard
/** Every comment a process acknowledged (201) in this file: each must reach the moderators exactly once. */
const acknowledgedComments: string[] = []

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Answer = { body: Record<string, unknown>; headers: Headers; status: number }

/**
 * One request, as a well-behaved client makes it: a 503 (the database gave no connection within
 * DATABASE_TIMEOUT_MS, left at its default here) promises nothing was written and asks to come back after
 * `Retry-After`, so it is tried again, up to four times. Were that promise broken, the retried write would be stored
 * twice, and the exactly-once checks below would fail.
 */
const call = async (server: ServerProcess, path: string, init: RequestInit = {}): Promise<Answer> => {
  for (let attempt = 1; ; attempt += 1) {
    const res = await fetch(`${server.url}${path}`, init)
    const text = await res.text()
    const retryAfter = Number(res.headers.get('retry-after'))
    if (res.status === 503 && retryAfter > 0 && attempt < 5) {
      await sleep(retryAfter * 1000)
      continue
    }
    return { body: text ? JSON.parse(text) : {}, headers: res.headers, status: res.status }
  }
}

const sendJSON = (
  server: ServerProcess,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
  method = 'POST',
) =>
  call(server, path, {
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...headers },
    method,
  })

const postComment = (server: ServerProcess, guest: ReturnType<typeof newGuest>, body: string) =>
  sendJSON(
    server,
    `/api/articles/${article.slug}/comments`,
    { author: { email: guest.email, name: guest.name }, body },
    { 'X-Forwarded-For': guest.address },
  )

/** Ids of what an admin lists through the API (a process of the cluster, not the database directly). */
const adminListsIds = async (server: ServerProcess, collection: string, where: string): Promise<string[]> => {
  const answer = await call(server, `/api/${collection}?${where}&pagination=false&depth=0`, {
    headers: { Authorization: adminAuth },
  })
  expect(answer.status).toBe(200)
  return (answer.body.docs as { id: string }[]).map(({ id }) => id)
}

const sorted = (ids: string[]) => [...ids].sort()
const statusCounts = (answers: { status: number }[]) =>
  answers.reduce<Record<number, number>>(
    (counts, { status }) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }),
    {},
  )

beforeAll(async () => {
  cluster = await startCluster({ processes: withRedis ? 3 : 2, redis: withRedis })
  const { payload } = cluster.kindred
  // The first staff account is the admin, and the only one moderators' emails go to.
  const admin = await createStaff(payload, 'admin')
  const login = await sendJSON(cluster.pick(0), '/api/users/login', {
    email: admin.email,
    password: admin.password,
  })
  adminAuth = `JWT ${login.body.token as string}`
  const created = await createArticle(payload, { title: 'Read by Many' })
  article = { id: String(created.id), slug: created.slug as string }
  standard = await standardAssessment(payload)
}, 180_000)
afterAll(async () => {
  await cluster?.stop()
})

describe(`${withRedis ? 'three processes on PostgreSQL with Redis' : 'two processes on one SQLite file'}`, () => {
  it('stores each of 200 concurrent guest comments, spread over the processes, exactly once, and counts them exactly once approved', async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        postComment(cluster.pick(i), newGuest(), `Concurrent comment number ${i}, from its own guest.`),
      ),
    )
    expect(statusCounts(answers)).toEqual({ 201: 200 })
    const acknowledged = answers.map((answer) => String(answer.body.id))
    acknowledgedComments.push(...acknowledged)
    expect(new Set(acknowledged).size).toBe(200)
    const listed = await adminListsIds(cluster.pick(1), 'comments', `where[article][equals]=${article.id}`)
    expect(sorted(listed)).toEqual(sorted(acknowledged))

    // Approvals race too: twenty batches at once over the processes, each recounting the article.
    const batches = Array.from({ length: 20 }, (_, i) => acknowledged.slice(i * 10, i * 10 + 10))
    const approvals = await Promise.all(
      batches.map((ids, i) =>
        sendJSON(
          cluster.pick(i),
          '/api/comments/moderate',
          { action: 'approve', ids },
          { Authorization: adminAuth },
        ),
      ),
    )
    expect(statusCounts(approvals)).toEqual({ 200: 20 })
    for (const server of cluster.processes) {
      // Signed in, so past the read cache: the stored count itself.
      const stored = await call(server, `/api/articles/${article.id}?depth=0`, {
        headers: { Authorization: adminAuth },
      })
      expect(stored.body.commentCount).toBe(200)
    }
  })

  it('stores each of 200 concurrent assessment submissions, spread over the processes, exactly once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        sendJSON(
          cluster.pick(i),
          `/api/assessments/${standard.slug}/responses`,
          { answers: answerAll(standard, (i % 5) + 1), submit: true },
          // Each respondent from an address of their own, as the start limit counts by address.
          { 'X-Forwarded-For': newGuest().address },
        ),
      ),
    )
    expect(statusCounts(answers)).toEqual({ 201: 200 })
    expect(answers.every((answer) => answer.body.status === 'submitted')).toBe(true)
    const acknowledged = answers.map((answer) => String(answer.body.id))
    expect(new Set(acknowledged).size).toBe(200)
    const listed = await adminListsIds(
      cluster.pick(2),
      'responses',
      `where[assessment][equals]=${String(standard.assessment.id)}`,
    )
    expect(sorted(listed)).toEqual(sorted(acknowledged))
  })

  it('lets exactly one of 9 simultaneous posts by one guest through across the processes, the rest 429 with Retry-After, never 400 or 500', async () => {
    const guest = newGuest()
    const answers = await Promise.all(
      Array.from({ length: 9 }, (_, i) =>
        postComment(cluster.pick(i), guest, `One guest racing, attempt ${i}.`),
      ),
    )
    expect(statusCounts(answers)).toEqual({ 201: 1, 429: 8 })
    for (const refused of answers.filter((answer) => answer.status === 429))
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    acknowledgedComments.push(String(answers.find((answer) => answer.status === 201)!.body.id))
  })

  it('runs every queued notification exactly once while every process runs the queue at the same time', async () => {
    const { payload } = cluster.kindred
    const waiting = async () =>
      (
        await payload.count({
          collection: 'payload-jobs',
          overrideAccess: true,
          where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
        })
      ).totalDocs
    // On top of each process's own autorun: all of them asked to run the queue at once, as several cron callers might.
    const runStatuses: number[] = []
    const deadline = Date.now() + 60_000
    while ((await waiting()) > 0 && Date.now() < deadline) {
      const runs = await Promise.all(
        cluster.processes.map((server) =>
          call(server, '/api/payload-jobs/run?queue=default&limit=25', {
            headers: { Authorization: `Bearer ${cluster.cronSecret}` },
          }),
        ),
      )
      runStatuses.push(...runs.map((run) => run.status))
    }
    const emails = fs
      .readFileSync(cluster.outboxFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { subject: string; text: string; to: string })
      .filter((email) => email.subject === 'A comment is waiting for review')
    const perComment = new Map<string, number>()
    for (const email of emails) {
      const id = /\/comments\/([^/\s]+)\s*$/m.exec(email.text)?.[1] ?? 'unknown'
      perComment.set(id, (perComment.get(id) ?? 0) + 1)
    }
    // Counted, not listed: on a failure, hundreds of ids would hide how many.
    expect({
      emailedForNoAcknowledgedComment: [...perComment.keys()].filter(
        (id) => !acknowledgedComments.includes(id),
      ).length,
      emailedTwiceOrMore: [...perComment.values()].filter((times) => times > 1).length,
      notEmailed: acknowledgedComments.filter((id) => !perComment.has(id)).length,
    }).toEqual({ emailedForNoAcknowledgedComment: 0, emailedTwiceOrMore: 0, notEmailed: 0 })
    expect(await waiting()).toBe(0)
    // A runner that finds a job another one took must pass it by, not fail the run.
    expect(runStatuses.filter((status) => status !== 200)).toEqual([])
  }, 150_000)

  it(`shows a write made through one process on the others within API_CACHE_SECONDS (${cacheSeconds} s)`, async () => {
    const path = `/api/articles/${article.id}?depth=0`
    const others = cluster.processes.slice(1)
    for (const server of others) expect((await call(server, path)).body.title).toBe('Read by Many')
    const changed = await sendJSON(
      cluster.pick(0),
      `/api/articles/${article.id}`,
      { title: 'Read by Many, Revised' },
      { Authorization: adminAuth },
      'PATCH',
    )
    expect(changed.status).toBe(200)
    const written = Date.now()
    for (const server of others) {
      while ((await call(server, path)).body.title !== 'Read by Many, Revised') {
        expect(Date.now() - written).toBeLessThan(cacheSeconds * 1000 + 1000)
        await sleep(100)
      }
    }
  })

  if (withRedis) {
    it('shows a write made through one process on the others at once with Redis (their caches cleared by pub/sub, not by time)', async () => {
      const path = `/api/articles/${article.id}?depth=0`
      const others = cluster.processes.slice(1)
      // Fresh cache entries on the other processes, so only an invalidation can end them within the next second.
      for (const server of others) expect((await call(server, path)).status).toBe(200)
      const changed = await sendJSON(
        cluster.pick(0),
        `/api/articles/${article.id}`,
        { title: 'Read by Many, Seen at Once' },
        { Authorization: adminAuth },
        'PATCH',
      )
      expect(changed.status).toBe(200)
      const written = Date.now()
      for (const server of others) {
        while ((await call(server, path)).body.title !== 'Read by Many, Seen at Once') {
          expect(Date.now() - written).toBeLessThan(1000)
          await sleep(50)
        }
      }
    })
  }

  it('keeps every acknowledged write when one process is SIGKILLed under load, and the others keep serving', async () => {
    const victim = cluster.processes.length - 1
    const attempts = Array.from(
      { length: 120 },
      async (_, i): Promise<{ id?: string; index: number; status: number }> => {
        // Staggered over about 600 ms, so the kill lands while requests are in flight and more are coming.
        await sleep(i * 5)
        const index = i % cluster.processes.length
        try {
          const answer = await postComment(cluster.processes[index]!, newGuest(), `Written under fire, ${i}.`)
          return { id: String(answer.body.id), index, status: answer.status }
        } catch {
          // Refused or cut at the socket: no status, nothing acknowledged.
          return { index, status: 0 }
        }
      },
    )
    const killed = sleep(250).then(() => cluster.kill(victim))
    const results = await Promise.all(attempts)
    await killed
    const survivors = results.filter((result) => result.index !== victim)
    const routedToVictim = results.filter((result) => result.index === victim)
    expect(statusCounts(survivors)).toEqual({ 201: survivors.length })
    // The dead process answered 201 before it died, or the request failed at the socket: never an HTTP error.
    expect(routedToVictim.every((result) => result.status === 201 || result.status === 0)).toBe(true)
    expect(routedToVictim.filter((result) => result.status === 0).length).toBeGreaterThan(0)

    const acknowledged = results.flatMap((result) => (result.status === 201 && result.id ? [result.id] : []))
    const listed = new Set(
      await adminListsIds(cluster.pick(0), 'comments', `where[article][equals]=${article.id}`),
    )
    expect(acknowledged.filter((id) => !listed.has(id))).toEqual([])
    for (const server of cluster.processes.filter((_, index) => index !== victim)) {
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200)
      expect((await postComment(server, newGuest(), 'Still here after the crash.')).status).toBe(201)
    }
  })
})
