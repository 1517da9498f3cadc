import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'

import { createStaff, readerSession, staffSession } from '../helpers/accounts.js'
import { answerAll, fieldErrors, respond, standardAssessment, type Standard } from '../helpers/assessments.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'

let kindred: Kindred
let standard: Standard

beforeAll(async () => {
  // Many respondents from one test address: the start limit has its own suite (statistics.test.ts).
  kindred = await bootKindred({ ASSESSMENT_STARTS_PER_HOUR: '0' })
  // The first staff account becomes an admin; the roles under test come after it.
  await createStaff(kindred.payload, 'admin')
  standard = await standardAssessment(kindred.payload)
})
afterAll(async () => {
  await kindred.close()
})

/** The token with one character changed. */
const tamper = (token: string) => `${token.slice(0, 10)}${token[10] === 'a' ? 'b' : 'a'}${token.slice(11)}`

const withToken = (req: ReturnType<Kindred['request']['get']>, token?: string) =>
  token ? req.set('X-Response-Token', token) : req

describe('submitting', () => {
  it('scores an anonymous submission at once and returns a token, bands, interpretations and prompts', async () => {
    const res = await respond(kindred.request, standard.slug, { answers: answerAll(standard, 4) })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ status: 'submitted' })
    expect(res.body.token).toMatch(/^[\w-]{43}$/)
    const { result } = res.body
    expect(result.version).toBe(1)
    // Reverse-keyed items answered 4 count as 2: (4 + 4 + 2) / 3.
    expect(result.dimensions[0]).toMatchObject({
      answered: 3,
      band: { conversationPrompts: ['Closeness: what is working?'], label: 'Steady' },
      key: 'close',
      label: 'Closeness',
      score: 10 / 3,
      withheld: false,
    })
    expect(result.dimensions[0].band.interpretation.root.children[0].children[0].text).toBe(
      'Closeness is steady.',
    )
    expect(result.overall).toMatchObject({ band: { label: 'Flourishing' }, method: 'percent' })
    expect(JSON.stringify(result)).not.toMatch(/"min"|"max"|reverseKeyed|weight/)

    const stored = await kindred.payload.findByID({
      collection: 'responses',
      id: res.body.id,
      overrideAccess: true,
      showHiddenFields: true,
    })
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(stored.tokenHash).not.toContain(res.body.token)
    // The token's SHA-256, so the token works and a database leak gives no one a working link.
    expect(stored.tokenHash).toBe(createHash('sha256').update(res.body.token).digest('hex'))
    expect(stored).toMatchObject({ respondent: null, status: 'submitted', version: 1 })
  })

  it('lists every problem with the answers in one 400: each question id and reason', async () => {
    const answers = {
      ...answerAll(standard, 3),
      [standard.ids.close[1]]: 6,
      [standard.ids.close[2]]: 'often',
      [standard.ids.listen[0]]: 2.5,
      [standard.ids.note]: 7,
      'no-such-question': 1,
    }
    delete answers[standard.ids.safety]
    delete answers[standard.ids.close[0]]
    const before = (await kindred.payload.count({ collection: 'responses', overrideAccess: true })).totalDocs
    const res = await respond(kindred.request, standard.slug, { answers })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe('Some answers are not valid.')
    const reasons = fieldErrors(res.body).map(({ path, questionId, reason }) => [path, questionId, reason])
    expect(reasons).toEqual(
      expect.arrayContaining([
        [`answers.${standard.ids.close[1]}`, standard.ids.close[1], 'out-of-range'],
        [`answers.${standard.ids.close[2]}`, standard.ids.close[2], 'expected-integer'],
        [`answers.${standard.ids.listen[0]}`, standard.ids.listen[0], 'expected-integer'],
        [`answers.${standard.ids.note}`, standard.ids.note, 'expected-string'],
        ['answers.no-such-question', 'no-such-question', 'unknown-question'],
        [`answers.${standard.ids.close[0]}`, standard.ids.close[0], 'required'],
        [`answers.${standard.ids.safety}`, standard.ids.safety, 'required'],
      ]),
    )
    expect(reasons).toHaveLength(7)
    expect((await kindred.payload.count({ collection: 'responses', overrideAccess: true })).totalDocs).toBe(
      before,
    )
  })

  it('refuses malformed bodies with a 400 naming the field', async () => {
    const post = (body: unknown) =>
      kindred.request
        .post(`/api/assessments/${standard.slug}/responses`)
        .set('Content-Type', 'application/json')
        .send(body as never)
    const cases: [unknown, string[]][] = [
      [{ answers: [1, 2] }, ['answers']],
      [{ answers: {}, submit: 'yes' }, ['submit']],
      [{ answers: {}, score: 100 }, ['score']],
      [{ answers: {}, invitation: 42 }, ['invitation']],
    ]
    for (const [body, paths] of cases) {
      const res = await post(body)
      expect(res.status).toBe(400)
      expect(fieldErrors(res.body).map((error) => error.path)).toEqual(paths)
    }
    expect((await post('{"answers": ')).status).toBe(400)
  })

  it('answers 404 for an assessment that is not published', async () => {
    expect((await respond(kindred.request, 'no-such-assessment', { answers: {} })).status).toBe(404)
  })
})

describe('drafts: partial save and resume', () => {
  it('saves a draft, resumes it with the token, adds answers, takes one back, then submits', async () => {
    const first = await respond(kindred.request, standard.slug, {
      answers: { [standard.ids.close[0]]: 5, [standard.ids.note]: 'We are trying.' },
      submit: false,
    })
    expect(first.status).toBe(201)
    expect(first.body).toEqual({ id: expect.any(String), status: 'draft', token: expect.any(String) })
    const { id, token } = first.body

    const resumed = await kindred.request.get(`/api/responses/${id}`).set('X-Response-Token', token)
    expect(resumed.status).toBe(200)
    expect(resumed.body).toMatchObject({
      answers: { [standard.ids.close[0]]: 5, [standard.ids.note]: 'We are trying.' },
      status: 'draft',
      version: 1,
    })
    expect(resumed.body.form.questions).toHaveLength(8)

    const saved = await kindred.request
      .patch(`/api/responses/${id}`)
      .set('X-Response-Token', token)
      .send({ answers: { [standard.ids.close[1]]: 4, [standard.ids.note]: null } })
    expect(saved.status).toBe(200)
    expect(saved.body).toEqual({ id, status: 'draft' })

    const early = await kindred.request.get(`/api/responses/${id}/result`).set('X-Response-Token', token)
    expect(early.status).toBe(409)

    const incomplete = await kindred.request
      .patch(`/api/responses/${id}`)
      .set('X-Response-Token', token)
      .send({ submit: true })
    expect(incomplete.status).toBe(400)
    expect(fieldErrors(incomplete.body).map((error) => error.reason)).toEqual(['required'])

    const submitted = await kindred.request.patch(`/api/responses/${id}?token=${token}`).send({
      answers: { [standard.ids.safety]: false, [standard.ids.listen[0]]: 2, [standard.ids.listen[1]]: 2 },
      submit: true,
    })
    expect(submitted.status).toBe(200)
    expect(submitted.body.status).toBe('submitted')
    // Two of three listening items meet its 60 % minimum and are prorated; closeness needs all three.
    const byKey = Object.fromEntries(submitted.body.result.dimensions.map((d: { key: string }) => [d.key, d]))
    expect(byKey.close).toMatchObject({ answered: 2, band: null, score: null, withheld: true })
    expect(byKey.listen).toMatchObject({ answered: 2, score: 2, withheld: false })
    expect(submitted.body.result.overall).toMatchObject({ score: null, withheld: true })

    const stored = await kindred.payload.findByID({ collection: 'responses', id, overrideAccess: true })
    expect(stored.answers).toEqual({
      [standard.ids.close[0]]: 5,
      [standard.ids.close[1]]: 4,
      [standard.ids.listen[0]]: 2,
      [standard.ids.listen[1]]: 2,
      [standard.ids.safety]: false,
    })
    const malformed = await kindred.request
      .patch(`/api/responses/${id}`)
      .set('X-Response-Token', token)
      .send({ answers: 'all fives', status: 'submitted' })
    expect(malformed.status).toBe(400)
    expect(fieldErrors(malformed.body).map((error) => error.path)).toEqual(['answers', 'status'])
    const again = await kindred.request
      .patch(`/api/responses/${id}`)
      .set('X-Response-Token', token)
      .send({ answers: {} })
    expect(again.status).toBe(409)
    const result = await kindred.request.get(`/api/responses/${id}/result?token=${token}`)
    expect(result.status).toBe(200)
    expect(result.body.dimensions).toEqual(submitted.body.result.dimensions)
  })
})

describe('who may reach a response', () => {
  let id: string
  let token: string
  let owner: { auth: string }

  beforeAll(async () => {
    owner = await readerSession(kindred.payload, kindred.request)
    const res = await respond(kindred.request, standard.slug, { answers: answerAll(standard, 2) }, owner.auth)
    ;({ id, token } = res.body)
  })

  it('lets the signed-in reader who owns it in without a token', async () => {
    expect(
      (await kindred.request.get(`/api/responses/${id}/result`).set('Authorization', owner.auth)).status,
    ).toBe(200)
    expect((await kindred.request.get(`/api/responses/${id}`).set('Authorization', owner.auth)).status).toBe(
      200,
    )
  })

  it('answers 404 — never 403 — to a missing or wrong token, another reader, a counselor and an editor', async () => {
    const other = await readerSession(kindred.payload, kindred.request)
    const counselor = await staffSession(kindred.payload, kindred.request, 'counselor')
    const editor = await staffSession(kindred.payload, kindred.request, 'editor')
    const attempts = [
      (r: ReturnType<Kindred['request']['get']>) => r,
      (r: ReturnType<Kindred['request']['get']>) => r.set('X-Response-Token', 'x'.repeat(43)),
      (r: ReturnType<Kindred['request']['get']>) => r.set('X-Response-Token', tamper(token)),
      (r: ReturnType<Kindred['request']['get']>) => r.set('Authorization', other.auth),
      (r: ReturnType<Kindred['request']['get']>) => r.set('Authorization', counselor.auth),
      (r: ReturnType<Kindred['request']['get']>) => r.set('Authorization', editor.auth),
    ]
    for (const attempt of attempts) {
      for (const req of [
        kindred.request.get(`/api/responses/${id}`),
        kindred.request.get(`/api/responses/${id}/result`),
        kindred.request.patch(`/api/responses/${id}`).send({ answers: {} }),
        kindred.request.delete(`/api/responses/${id}`),
        kindred.request.post(`/api/responses/${id}/invitation`),
        kindred.request.post(`/api/responses/${id}/consent`).send({ share: true }),
        kindred.request.get(`/api/responses/${id}/grants`),
        kindred.request.post(`/api/responses/${id}/grants`).send({ counselor: counselor.user.id }),
        kindred.request.delete(`/api/responses/${id}/grants/some-grant`),
        // Authentication comes before the body is read: a malformed one is still a 404.
        kindred.request.patch(`/api/responses/${id}`).send({ answers: 'not an object' }),
        kindred.request.post(`/api/responses/${id}/consent`).send({ share: 'maybe' }),
      ]) {
        const res = await attempt(req)
        expect(res.status).toBe(404)
        expect(res.body.errors[0].message).toBe('No response with that id.')
      }
    }
    // The same answer as for a response that does not exist.
    expect(
      (
        await withToken(
          kindred.request.get('/api/responses/00000000-0000-4000-8000-000000000000/result'),
          token,
        )
      ).status,
    ).toBe(404)
    expect(
      (await kindred.request.get(`/api/responses/${id}/result`).set('X-Response-Token', token)).status,
    ).toBe(200)
  })

  it('give the collection API (REST and GraphQL) the same rule as the endpoints: no one reads a response that is not theirs', async () => {
    const counselor = await staffSession(kindred.payload, kindred.request, 'counselor')
    const other = await respond(kindred.request, standard.slug, { answers: answerAll(standard, 4) })
    const ids = (res: { body: { docs: { id: string }[] } }) => res.body.docs.map((doc) => doc.id)
    expect((await kindred.request.get('/api/responses')).status).toBe(403)
    expect((await kindred.request.get('/api/responses').set('Authorization', counselor.auth)).status).toBe(
      403,
    )
    expect((await kindred.request.get('/api/couples').set('Authorization', counselor.auth)).status).toBe(403)

    // The reader lists their own responses (with their answers) and nobody else's; a token opens its one.
    const mine = await kindred.request.get('/api/responses').set('Authorization', owner.auth)
    expect(mine.status).toBe(200)
    expect(ids(mine)).toContain(id)
    expect(ids(mine)).not.toContain(other.body.id)
    const byToken = await kindred.request.get('/api/responses').set('X-Response-Token', other.body.token)
    expect(ids(byToken)).toEqual([other.body.id])
    expect(byToken.body.docs[0].answers).toEqual(answerAll(standard, 4))
    expect(JSON.stringify([mine.body, byToken.body])).not.toContain('tokenHash')
    // Nor can anyone write answers or scores through it: only the response endpoints score them.
    const forged = await kindred.request
      .patch(`/api/responses?where[id][equals]=${other.body.id}`)
      .set('X-Response-Token', other.body.token)
      .send({ scores: { dimensions: {}, overall: null } })
    expect(forged.status).toBe(403)

    const graphqlReads: [string, string][] = [
      ['{ Responses { docs { answers } } }', counselor.auth],
      ['{ Couples { docs { consentA } } }', counselor.auth],
      ['{ AssessmentKeys { docs { key } } }', owner.auth],
      ['{ Assessments { docs { dimensions { bands { min } } } } }', owner.auth],
      ['{ Questions { docs { reverseKeyed } } }', owner.auth],
    ]
    for (const [query, auth] of graphqlReads) {
      const graphql = await kindred.request.post('/api/graphql').set('Authorization', auth).send({ query })
      expect(graphql.body.data?.[Object.keys(graphql.body.data ?? {})[0]]?.docs ?? null).toBeNull()
      expect(graphql.body.errors?.[0]?.message).toMatch(/not allowed/i)
    }
    const own = await kindred.request
      .post('/api/graphql')
      .set('Authorization', owner.auth)
      .send({ query: '{ Responses { docs { id } } }' })
    expect(own.body.data.Responses.docs.map((doc: { id: string }) => doc.id)).toEqual(ids(mine))
    const admin = await staffSession(kindred.payload, kindred.request, 'admin')
    const list = await kindred.request.get('/api/responses').set('Authorization', admin.auth)
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBeGreaterThan(ids(mine).length)
    expect(JSON.stringify(list.body)).not.toContain('tokenHash')
  })

  it('gives admins Payload’s own GET, PATCH and DELETE on /api/responses/:id', async () => {
    const admin = await staffSession(kindred.payload, kindred.request, 'admin')
    const extra = await respond(kindred.request, standard.slug, { answers: {}, submit: false })
    const read = await kindred.request.get(`/api/responses/${extra.body.id}`).set('Authorization', admin.auth)
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({ id: extra.body.id, status: 'draft' })
    const patched = await kindred.request
      .patch(`/api/responses/${extra.body.id}`)
      .set('Authorization', admin.auth)
      .send({ version: 1 })
    expect(patched.status).toBe(200)
    expect(patched.body.doc.id).toBe(extra.body.id)
    expect(
      (await kindred.request.delete(`/api/responses/${extra.body.id}`).set('Authorization', admin.auth))
        .status,
    ).toBe(200)
    expect(
      (await kindred.payload.count({ collection: 'responses', where: { id: { equals: extra.body.id } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('lets the respondent erase their response; afterwards it is gone for them too', async () => {
    const res = await respond(kindred.request, standard.slug, { answers: answerAll(standard, 5) })
    const erased = await kindred.request
      .delete(`/api/responses/${res.body.id}`)
      .set('X-Response-Token', res.body.token)
    expect(erased.status).toBe(200)
    expect(erased.body).toEqual({ deleted: true, id: res.body.id })
    expect(
      (
        await kindred.request
          .get(`/api/responses/${res.body.id}/result`)
          .set('X-Response-Token', res.body.token)
      ).status,
    ).toBe(404)
    expect(
      (
        await kindred.payload.count({
          collection: 'responses',
          overrideAccess: true,
          where: { id: { equals: res.body.id } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('frozen results', () => {
  it('keeps an old result exactly as it was after the assessment and its questions are edited and republished', async () => {
    const counselor = await staffSession(kindred.payload, kindred.request, 'counselor')
    const own = await standardAssessment(kindred.payload)
    const before = await respond(kindred.request, own.slug, { answers: answerAll(own, 4) })
    const draft = await respond(kindred.request, own.slug, {
      answers: { [own.ids.close[0]]: 4 },
      submit: false,
    })
    const resultBefore = (
      await kindred.request
        .get(`/api/responses/${before.body.id}/result`)
        .set('X-Response-Token', before.body.token)
    ).body

    // A counselor re-keys an item, rewrites a band and a prompt, and publishes again.
    await kindred.request
      .patch(`/api/questions/${own.ids.close[2]}`)
      .set('Authorization', counselor.auth)
      .send({ prompt: 'We stay connected for weeks.', reverseKeyed: false })
      .expect(200)
    const assessment = await kindred.payload.findByID({
      collection: 'assessments',
      depth: 0,
      id: own.assessment.id,
      overrideAccess: true,
    })
    const dimensions = structuredClone(assessment.dimensions) as { bands: { label: string }[] }[]
    dimensions[0].bands[1].label = 'Holding steady'
    const published = await kindred.request
      .patch(`/api/assessments/${own.assessment.id}`)
      .set('Authorization', counselor.auth)
      .send({ _status: 'published', dimensions })
    expect(published.status).toBe(200)

    const resultAfter = (
      await kindred.request
        .get(`/api/responses/${before.body.id}/result`)
        .set('X-Response-Token', before.body.token)
    ).body
    expect(resultAfter).toEqual(resultBefore)
    expect(resultAfter.version).toBe(1)

    const form = (await kindred.request.get(`/api/assessments/${own.slug}/form`)).body
    expect(form.version).toBe(2)
    expect(form.questions[2].prompt).toBe('We stay connected for weeks.')
    const after = await respond(kindred.request, own.slug, { answers: answerAll(own, 4) })
    expect(after.body.result.version).toBe(2)
    expect(after.body.result.dimensions[0]).toMatchObject({ band: { label: 'Thriving' }, score: 4 })

    // A draft started on version 1 is finished and scored on version 1.
    const finished = await kindred.request
      .patch(`/api/responses/${draft.body.id}`)
      .set('X-Response-Token', draft.body.token)
      .send({ answers: answerAll(own, 4), submit: true })
    expect(finished.body.result).toMatchObject({ version: 1 })
    expect(finished.body.result.dimensions[0]).toMatchObject({ band: { label: 'Steady' }, score: 10 / 3 })
  })
})
