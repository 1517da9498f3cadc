import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createStaff, readerSession, staffSession } from '../helpers/accounts.js'
import { answerAll, fieldErrors, respond, standardAssessment, type Standard } from '../helpers/assessments.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { relationID } from '../../plugins/shared/core/relationID.js'

let kindred: Kindred
let standard: Standard
let admin: { auth: string }
let counselor: Awaited<ReturnType<typeof staffSession>>

beforeAll(async () => {
  // Many respondents from one test address: the start limit has its own suite (statistics.test.ts).
  kindred = await bootKindred({ ASSESSMENT_STARTS_PER_HOUR: '0' })
  admin = await staffSession(kindred.payload, kindred.request, 'admin')
  counselor = await staffSession(kindred.payload, kindred.request, 'counselor')
  standard = await standardAssessment(kindred.payload)
})
afterAll(async () => {
  await kindred.close()
})

const accessLog = async (response: string) =>
  (
    await kindred.payload.find({
      collection: 'response-access-log',
      overrideAccess: true,
      sort: 'createdAt',
      where: { response: { equals: response } },
    })
  ).docs

describe('grants', () => {
  it('let a named counselor read a response only while granted, and record every read', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    const { body } = await respond(
      kindred.request,
      standard.slug,
      { answers: answerAll(standard, 4, true) },
      reader.auth,
    )
    const result = () =>
      kindred.request.get(`/api/responses/${body.id}/result`).set('Authorization', counselor.auth)
    expect((await result()).status).toBe(404)

    const granted = await kindred.request
      .post(`/api/responses/${body.id}/grants`)
      .set('Authorization', reader.auth)
      .send({ counselor: counselor.user.id })
    expect(granted.status).toBe(201)
    expect(granted.body).toMatchObject({
      counselor: { id: String(counselor.user.id), name: counselor.user.name },
      revokedAt: null,
    })
    const again = await kindred.request
      .post(`/api/responses/${body.id}/grants`)
      .set('Authorization', reader.auth)
      .send({ counselor: counselor.user.id })
    expect(again.status).toBe(200)
    expect(again.body.id).toBe(granted.body.id)

    const read = await result()
    expect(read.status).toBe(200)
    expect(read.body.dimensions[0].band.label).toBe('Steady')
    const full = await kindred.request.get(`/api/responses/${body.id}`).set('Authorization', counselor.auth)
    expect(full.status).toBe(200)
    expect(full.body.answers[standard.ids.safety]).toBe(true)

    expect(
      (await accessLog(body.id)).map((entry) => [entry.action, entry.grant, relationID(entry.counselor)]),
    ).toEqual([
      ['read-result', granted.body.id, counselor.user.id],
      ['read-response', granted.body.id, counselor.user.id],
    ])
    const listed = await kindred.request
      .get(`/api/responses/${body.id}/grants`)
      .set('Authorization', reader.auth)
    expect(listed.body.docs).toEqual([
      expect.objectContaining({
        id: granted.body.id,
        reads: [
          expect.objectContaining({ action: 'read-result' }),
          expect.objectContaining({ action: 'read-response' }),
        ],
      }),
    ])

    // A grant reads; it never writes or erases.
    expect(
      (
        await kindred.request
          .patch(`/api/responses/${body.id}`)
          .set('Authorization', counselor.auth)
          .send({ answers: {} })
      ).status,
    ).toBe(404)
    expect(
      (await kindred.request.delete(`/api/responses/${body.id}`).set('Authorization', counselor.auth)).status,
    ).toBe(404)
    expect(
      (
        await kindred.request
          .post(`/api/responses/${body.id}/grants`)
          .set('Authorization', counselor.auth)
          .send({ counselor: counselor.user.id })
      ).status,
    ).toBe(404)

    const other = await staffSession(kindred.payload, kindred.request, 'counselor')
    expect(
      (await kindred.request.get(`/api/responses/${body.id}/result`).set('Authorization', other.auth)).status,
    ).toBe(404)

    const revoked = await kindred.request
      .delete(`/api/responses/${body.id}/grants/${granted.body.id}`)
      .set('Authorization', reader.auth)
    expect(revoked.status).toBe(200)
    expect(revoked.body.revokedAt).toEqual(expect.any(String))
    expect((await result()).status).toBe(404)
    expect(await accessLog(body.id)).toHaveLength(2)
  })

  it('log a granted counselor’s reads through REST and GraphQL as they log the endpoints’, and show them no account', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    const { body } = await respond(
      kindred.request,
      standard.slug,
      { answers: answerAll(standard, 2) },
      reader.auth,
    )
    const other = await respond(kindred.request, standard.slug, { answers: answerAll(standard, 5) })
    const own = await staffSession(kindred.payload, kindred.request, 'counselor')
    await kindred.request
      .post(`/api/responses/${body.id}/grants`)
      .set('Authorization', reader.auth)
      .send({ counselor: own.user.id })
      .expect(201)
    const rest = await kindred.request.get('/api/responses').set('Authorization', own.auth)
    expect(rest.status).toBe(200)
    expect(rest.body.docs.map((doc: { id: string }) => doc.id)).toEqual([body.id])
    expect(rest.body.docs[0].answers).toEqual(answerAll(standard, 2))
    expect(rest.body.docs[0].respondent).toBeUndefined()
    const graphql = await kindred.request
      .post('/api/graphql')
      .set('Authorization', own.auth)
      .send({ query: '{ Responses { docs { id answers } } }' })
    expect(graphql.body.data.Responses.docs.map((doc: { id: string }) => doc.id)).toEqual([body.id])
    expect((await accessLog(body.id)).map((entry) => [entry.action, relationID(entry.counselor)])).toEqual([
      ['read-response', own.user.id],
      ['read-response', own.user.id],
    ])
    expect(await accessLog(other.body.id)).toEqual([])
  })

  it('are given to counselors only, named by a valid id', async () => {
    const { body } = await respond(kindred.request, standard.slug, { answers: answerAll(standard, 3) })
    const grant = (data: unknown) =>
      kindred.request
        .post(`/api/responses/${body.id}/grants`)
        .set('X-Response-Token', body.token)
        .send(data as never)
    const editor = await createStaff(kindred.payload, 'editor')
    for (const data of [
      { counselor: editor.user.id },
      { counselor: '00000000-0000-4000-8000-000000000000' },
      {},
      { counselor: counselor.user.id, note: 'x' },
    ]) {
      const res = await grant(data)
      expect(res.status).toBe(400)
      // An empty body names `code`, the share code a reader is asked for (shareCodes.test.ts).
      const expected = Object.hasOwn(data, 'note') ? 'note' : Object.keys(data).length ? 'counselor' : 'code'
      expect(fieldErrors(res.body).map((error) => error.path)).toEqual([expected])
    }
    const unknown = await kindred.request
      .delete(`/api/responses/${body.id}/grants/00000000-0000-4000-8000-000000000000`)
      .set('X-Response-Token', body.token)
    expect(unknown.status).toBe(404)
  })

  it('show a counselor their own live grants, and nobody but admins the access log', async () => {
    const { body } = await respond(kindred.request, standard.slug, { answers: answerAll(standard, 3) })
    await kindred.request
      .post(`/api/responses/${body.id}/grants`)
      .set('X-Response-Token', body.token)
      .send({ counselor: counselor.user.id })
    const mine = await kindred.request.get('/api/response-grants').set('Authorization', counselor.auth)
    expect(mine.status).toBe(200)
    expect(mine.body.docs.length).toBeGreaterThan(0)
    expect(mine.body.docs.every((grant: { revokedAt?: string }) => !grant.revokedAt)).toBe(true)
    expect(
      mine.body.docs.map((grant: { response: { id?: string } | string }) => relationID(grant.response)),
    ).toContain(body.id)
    const other = await staffSession(kindred.payload, kindred.request, 'counselor')
    expect(
      (await kindred.request.get('/api/response-grants').set('Authorization', other.auth)).body.totalDocs,
    ).toBe(0)
    expect(
      (await kindred.request.get('/api/response-access-log').set('Authorization', counselor.auth)).status,
    ).toBe(403)
    expect(
      (await kindred.request.get('/api/response-access-log').set('Authorization', admin.auth)).status,
    ).toBe(200)
  })

  it('are listed and revoked by their respondent through REST too, never pointed at another counselor or response', async () => {
    const { body } = await respond(kindred.request, standard.slug, { answers: answerAll(standard, 3) })
    const stranger = await respond(kindred.request, standard.slug, { answers: answerAll(standard, 3) })
    const granted = await kindred.request
      .post(`/api/responses/${body.id}/grants`)
      .set('X-Response-Token', body.token)
      .send({ counselor: counselor.user.id })
      .expect(201)
    const listed = await kindred.request.get('/api/response-grants').set('X-Response-Token', body.token)
    expect(listed.body.docs.map((grant: { id: string }) => grant.id)).toEqual([granted.body.id])
    expect(
      (await kindred.request.get('/api/response-grants').set('X-Response-Token', stranger.body.token)).body
        .totalDocs,
    ).toBe(0)

    const other = await staffSession(kindred.payload, kindred.request, 'counselor')
    const patch = (auth: [string, string], data: Record<string, unknown>) =>
      kindred.request
        .patch(`/api/response-grants/${granted.body.id}`)
        .set(...auth)
        .send(data)
    // Neither the counselor nor a stranger revokes it; its respondent cannot re-point it.
    expect(
      (await patch(['Authorization', counselor.auth], { revokedAt: new Date().toISOString() })).status,
    ).toBe(403)
    expect(
      (await patch(['X-Response-Token', stranger.body.token], { revokedAt: new Date().toISOString() }))
        .status,
    ).toBe(403)
    const moved = await patch(['X-Response-Token', body.token], {
      counselor: other.user.id,
      response: stranger.body.id,
    })
    expect(relationID(moved.body.doc.counselor)).toBe(String(counselor.user.id))
    expect(relationID(moved.body.doc.response)).toBe(body.id)
    // Revoked now, whatever date is sent: a grant's record cannot be backdated.
    const before = Date.now()
    const revoked = await patch(['X-Response-Token', body.token], { revokedAt: '2001-01-01T00:00:00.000Z' })
    expect(revoked.status).toBe(200)
    expect(Date.parse(revoked.body.doc.revokedAt)).toBeGreaterThanOrEqual(before - 1000)
    const readByCounselor = async () =>
      (await kindred.request.get(`/api/responses/${body.id}/result`).set('Authorization', counselor.auth))
        .status
    expect(await readByCounselor()).toBe(404)
    // Risk: clearing or moving the date would reopen a grant with its revocation wiped from the record; a new
    // grant (POST) is how access is given again, and keeps the history.
    for (const revokedAt of [null, new Date(Date.now() + 86_400_000).toISOString()]) {
      const reopened = await patch(['X-Response-Token', body.token], { revokedAt })
      expect(reopened.body.doc.revokedAt).toBe(revoked.body.doc.revokedAt)
    }
    expect(await readByCounselor()).toBe(404)
  })

  it('go with the response when the respondent erases it', async () => {
    const { body } = await respond(kindred.request, standard.slug, { answers: answerAll(standard, 3) })
    await kindred.request
      .post(`/api/responses/${body.id}/grants`)
      .set('X-Response-Token', body.token)
      .send({ counselor: counselor.user.id })
    await kindred.request.delete(`/api/responses/${body.id}`).set('X-Response-Token', body.token).expect(200)
    expect(
      (
        await kindred.payload.count({
          collection: 'response-grants',
          where: { response: { equals: body.id } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('statistics', () => {
  /** Respondent i answers at level 1…5; the last listening item is answered as if not reverse-keyed (mis-keyed). */
  const consistent = (own: Standard, level: number) => ({
    [own.ids.close[0]]: level,
    [own.ids.close[1]]: Math.min(5, level + (level % 2)),
    [own.ids.close[2]]: 6 - level,
    [own.ids.listen[0]]: level,
    [own.ids.listen[1]]: level,
    [own.ids.listen[2]]: level,
    [own.ids.safety]: false,
  })

  it('are withheld below ten submitted responses, then give means, SDs, bands, α and flag a mis-keyed item', async () => {
    const own = await standardAssessment(kindred.payload)
    const stats = (auth = counselor.auth) =>
      kindred.request.get(`/api/assessments/${own.assessment.id}/stats`).set('Authorization', auth)
    for (let i = 0; i < 9; i += 1)
      await respond(kindred.request, own.slug, { answers: consistent(own, (i % 5) + 1) })
    await respond(kindred.request, own.slug, { answers: consistent(own, 3), submit: false })
    const early = await stats()
    expect(early.status).toBe(200)
    expect(early.body).toEqual({
      asOf: null,
      assessment: { id: String(own.assessment.id), title: own.assessment.title },
      available: false,
      dimensions: null,
      minimumN: 10,
      n: 9,
      version: 1,
    })

    await respond(kindred.request, own.slug, { answers: consistent(own, 5) })
    const ready = await stats()
    expect(ready.body).toMatchObject({ available: true, n: 10 })
    const [close, listen] = ready.body.dimensions
    expect(close).toMatchObject({ completeCases: 10, key: 'close', scored: 10, withheld: 0 })
    expect(close.meanPercent).toBeGreaterThan(40)
    expect(close.sdPercent).toBeGreaterThan(10)
    expect(Object.values(close.bandDistribution as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(
      10,
    )
    expect(close.alpha).toBeGreaterThan(0.8)
    expect(close.items.every((item: { suspectMiskeyed: boolean }) => !item.suspectMiskeyed)).toBe(true)
    expect(
      listen.items.map((item: { prompt: string; suspectMiskeyed: boolean }) => [
        item.prompt,
        item.suspectMiskeyed,
      ]),
    ).toEqual([
      ['My partner hears me out.', false],
      ['I ask before I assume.', false],
      ['I interrupt my partner.', true],
    ])
    expect(listen.items[2].correctedItemTotal).toBeCloseTo(-1)
    expect(JSON.stringify(ready.body)).not.toMatch(/respondent|answers|token/)
  })

  it('are for counselors and admins only, per published version', async () => {
    const path = `/api/assessments/${standard.assessment.id}/stats`
    expect((await kindred.request.get(path)).status).toBe(401)
    const reader = await readerSession(kindred.payload, kindred.request)
    const editor = await staffSession(kindred.payload, kindred.request, 'editor')
    expect((await kindred.request.get(path).set('Authorization', reader.auth)).status).toBe(403)
    expect((await kindred.request.get(path).set('Authorization', editor.auth)).status).toBe(403)
    expect((await kindred.request.get(path).set('Authorization', admin.auth)).status).toBe(200)
    expect((await kindred.request.get(`${path}?version=7`).set('Authorization', counselor.auth)).status).toBe(
      404,
    )
    const bad = await kindred.request.get(`${path}?version=first`).set('Authorization', counselor.auth)
    expect(bad.status).toBe(400)
    expect(fieldErrors(bad.body).map((error) => error.path)).toEqual(['version'])
    expect(
      (
        await kindred.request
          .get('/api/assessments/00000000-0000-4000-8000-000000000000/stats')
          .set('Authorization', counselor.auth)
      ).status,
    ).toBe(404)
  })
})
