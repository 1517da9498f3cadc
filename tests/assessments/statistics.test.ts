import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { readerSession, staffSession } from '../helpers/accounts.js'
import { standardAssessment, type Standard } from '../helpers/assessments.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { itemStatistics, type KeyInput } from '../../plugins/assessment-scoring/core/index.js'

let kindred: Kindred
let counselor: Awaited<ReturnType<typeof staffSession>>
let addresses = 0

beforeAll(async () => {
  // The default start limit (20 an hour per client): each respondent below answers from an
  // address of their own.
  kindred = await bootKindred()
  counselor = await staffSession(kindred.payload, kindred.request, 'counselor')
})
afterAll(async () => {
  await kindred.close()
})

/** A new client address, as the host sees it behind its (loopback) proxy. */
const nextAddress = () => {
  addresses += 1
  return `10.1.${addresses >> 8}.${addresses & 255}`
}

type ItemStat = { mean: null | number; questionId: string }
type Stats = { dimensions: { items: ItemStat[] }[]; n: number }

/** The six scored items in order, and which of them are reverse-keyed (mirrored on 1–5). */
const scoredItems = (own: Standard) => [...own.ids.close, ...own.ids.listen]
const reversed = (own: Standard) => new Set([own.ids.close[2], own.ids.listen[2]])

/** A respondent's answers: the scored items from `values` in order, the safety item `false`. */
const answersOf = (own: Standard, values: number[]) => ({
  ...Object.fromEntries(scoredItems(own).map((id, i) => [id, values[i]])),
  [own.ids.safety]: false,
})

/** Ten ordinary respondents, all different. */
const crowd = Array.from({ length: 10 }, (_, i) => [1, 2, 3, 4, 5, 3].map((v) => ((v + i) % 5) + 1))
/** The respondent the attacker is after. */
const victim = [5, 1, 4, 2, 5, 1]

/**
 * The differencing attack: an item's mean × n before and after one more response gives that
 * response's (reverse-keyed) value; mirroring it back gives the answer. Null where it cannot.
 */
const recover = (own: Standard, before: Stats, after: Stats): (null | number)[] => {
  const means = (stats: Stats) =>
    new Map(
      stats.dimensions.flatMap((dimension) => dimension.items).map((item) => [item.questionId, item.mean]),
    )
  const [a, b] = [means(before), means(after)]
  return scoredItems(own).map((id) => {
    const [meanA, meanB] = [a.get(id), b.get(id)]
    if (meanA == null || meanB == null) return null
    const value = meanB * after.n - meanA * before.n
    return reversed(own).has(id) ? 6 - value : value
  })
}

/** How many of the victim's answers the attack recovered exactly (to floating-point error). */
const exactHits = (recovered: (null | number)[]) =>
  recovered.filter((value, i) => value !== null && Math.abs(value - victim[i]) < 1e-9).length

const start = (own: Standard, values: number[]) =>
  kindred.request
    .post(`/api/assessments/${own.slug}/responses`)
    .set('X-Forwarded-For', nextAddress())
    .send({ answers: answersOf(own, values), submit: true })
    .expect(201)

const stats = (own: Standard) =>
  kindred.request
    .get(`/api/assessments/${own.assessment.id}/stats`)
    .set('Authorization', counselor.auth)
    .expect(200)

describe('statistics against differencing', () => {
  it('the attack recovers every answer of the newest respondent from statistics recomputed per response (why snapshots exist)', async () => {
    const own = await standardAssessment(kindred.payload)
    const { docs } = await kindred.payload.find({
      collection: 'assessment-keys',
      overrideAccess: true,
      where: { assessment: { equals: own.assessment.id } },
    })
    const key = docs[0].key as unknown as KeyInput
    const ten = crowd.map((values) => answersOf(own, values))
    const live = (answers: Record<string, unknown>[]): Stats => ({
      dimensions: Object.values(itemStatistics(key, answers).dimensions),
      n: answers.length,
    })
    expect(exactHits(recover(own, live(ten), live([...ten, answersOf(own, victim)])))).toBe(victim.length)
  })

  it('watching the published statistics change recovers none of a new respondent’s answers', async () => {
    const own = await standardAssessment(kindred.payload)
    for (const values of crowd) await start(own, values)
    const before = await stats(own)
    expect(before.body).toMatchObject({ available: true, n: 10 })

    const { body: target } = await start(own, victim)
    const after = await stats(own)
    expect(exactHits(recover(own, before.body, after.body))).toBe(0)
    expect(after.body).toEqual(before.body)

    // Up to k − 1 further responses the snapshot stands still: the victim is still hidden.
    for (let i = 0; i < 8; i += 1) await start(own, crowd[i])
    const still = await stats(own)
    expect(still.body).toEqual(before.body)
    expect(exactHits(recover(own, before.body, still.body))).toBe(0)

    // The k-th new response refreshes it: the step is ten responses, never one.
    await start(own, crowd[8])
    const refreshed = await stats(own)
    expect(refreshed.body).toMatchObject({ available: true, n: 20 })
    expect(Date.parse(refreshed.body.asOf)).toBeGreaterThan(Date.parse(before.body.asOf))
    expect(exactHits(recover(own, before.body, refreshed.body))).toBe(0)

    // Erasing a response publishes nothing new either: no erasure can be differenced out.
    await kindred.request
      .delete(`/api/responses/${target.id}`)
      .set('X-Response-Token', target.token)
      .expect(200)
    expect((await stats(own)).body).toEqual(refreshed.body)
  })

  it('are refreshed only by new submissions: drafts and erasures never move a snapshot', async () => {
    const own = await standardAssessment(kindred.payload)
    for (const values of crowd) await start(own, values)
    const first = await stats(own)
    const started = []
    for (let i = 0; i < 9; i += 1) started.push((await start(own, crowd[i])).body)
    // Nine new and one draft: still nine new submissions, not ten.
    await kindred.request
      .post(`/api/assessments/${own.slug}/responses`)
      .set('X-Forwarded-For', nextAddress())
      .send({ answers: answersOf(own, victim), submit: false })
      .expect(201)
    expect((await stats(own)).body).toEqual(first.body)
    // An erased new one and a tenth new one: nine new again, so nothing is published.
    await kindred.request
      .delete(`/api/responses/${started[0].id}`)
      .set('X-Response-Token', started[0].token)
      .expect(200)
    await start(own, victim)
    expect((await stats(own)).body).toEqual(first.body)
    await start(own, crowd[0])
    expect((await stats(own)).body).toMatchObject({ n: 20 })
  })

  it('need as many distinct clients as new responses to refresh, so one client cannot fill the other places', async () => {
    const own = await standardAssessment(kindred.payload)
    for (const values of crowd) await start(own, values)
    const first = await stats(own)
    const attacker = nextAddress()
    for (const values of crowd)
      await kindred.request
        .post(`/api/assessments/${own.slug}/responses`)
        .set('X-Forwarded-For', attacker)
        .send({ answers: answersOf(own, values), submit: true })
        .expect(201)
    // Ten new responses, one client: nothing new is published.
    expect((await stats(own)).body).toEqual(first.body)
    // Eight more clients make nine with the first: still not enough.
    for (let i = 0; i < 8; i += 1) await start(own, crowd[i])
    expect((await stats(own)).body).toEqual(first.body)
    await start(own, victim)
    expect((await stats(own)).body).toMatchObject({ n: 29 })
  })

  it('write every read to the access log, with the counselor, assessment and version', async () => {
    const own = await standardAssessment(kindred.payload)
    await stats(own)
    await stats(own)
    const { docs } = await kindred.payload.find({
      collection: 'response-access-log',
      overrideAccess: true,
      where: { assessment: { equals: String(own.assessment.id) } },
    })
    expect(docs.map((entry) => [entry.action, entry.version, entry.counselor])).toEqual([
      ['read-stats', 1, expect.objectContaining({ id: counselor.user.id })],
      ['read-stats', 1, expect.objectContaining({ id: counselor.user.id })],
    ])
  })
})

describe('anonymous starts', () => {
  it('are limited per client address, so no one can fill an assessment with responses of their own', async () => {
    const own = await standardAssessment(kindred.payload)
    const address = nextAddress()
    const draft = (auth?: string) => {
      const req = kindred.request
        .post(`/api/assessments/${own.slug}/responses`)
        .set('X-Forwarded-For', address)
      if (auth) req.set('Authorization', auth)
      return req.send({ answers: {} })
    }
    for (let i = 0; i < 20; i += 1) expect((await draft()).status).toBe(201)
    const refused = await draft()
    expect(refused.status).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect(refused.body.errors[0].message).toMatch(/too many/i)

    // Another client, and a signed-in reader (who owns what they start), go ahead.
    await start(own, victim)
    const reader = await readerSession(kindred.payload, kindred.request)
    expect((await draft(reader.auth)).status).toBe(201)
  })
})
