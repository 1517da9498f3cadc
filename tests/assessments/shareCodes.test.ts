import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { readerSession, staffSession } from '../helpers/accounts.js'
import { answerAll, fieldErrors, respond, standardAssessment, type Standard } from '../helpers/assessments.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { relationID } from '../../plugins/shared/core/relationID.js'

const attemptsPerHour = 6
const day = 86_400_000

let kindred: Kindred
let standard: Standard
let admin: Awaited<ReturnType<typeof staffSession>>
let counselor: Awaited<ReturnType<typeof staffSession>>

beforeAll(async () => {
  kindred = await bootKindred({
    ASSESSMENT_STARTS_PER_HOUR: '0',
    SHARE_CODE_ATTEMPTS_PER_HOUR: String(attemptsPerHour),
  })
  // First, as the first account is made an admin whatever its role.
  admin = await staffSession(kindred.payload, kindred.request, 'admin')
  counselor = await staffSession(kindred.payload, kindred.request, 'counselor')
  standard = await standardAssessment(kindred.payload)
})
afterAll(async () => {
  await kindred.close()
})

let addresses = 0
/** A new client address, as the host sees it behind its (loopback) proxy: each test its own rate limit. */
const nextAddress = () => {
  addresses += 1
  return `10.7.${addresses >> 8}.${addresses & 255}`
}

const newCode = async (auth: string, data: Record<string, unknown> = {}) => {
  const res = await kindred.request.post('/api/counselor-share-codes').set('Authorization', auth).send(data)
  expect(res.status).toBe(201)
  return res.body.doc as { code: string; expiresAt: string; id: string; revoked: boolean }
}

/** A reader's submitted response, and calls to its grant endpoints from one client address. */
const submitted = async (address = nextAddress()) => {
  const reader = await readerSession(kindred.payload, kindred.request)
  const { body } = await respond(
    kindred.request,
    standard.slug,
    { answers: answerAll(standard, 4) },
    reader.auth,
  )
  const post = (path: string, data: Record<string, unknown>, auth = reader.auth) =>
    kindred.request
      .post(`/api/responses/${body.id}/grants${path}`)
      .set('Authorization', auth)
      .set('X-Forwarded-For', address)
      .send(data)
  return {
    grant: (data: Record<string, unknown>) => post('', data),
    id: body.id as string,
    preview: (code: string, auth?: string) => post('/preview', { code }, auth),
    reader,
  }
}

describe('counselor share codes', () => {
  it('are made by the server for the counselor who asks, 60 random bits in Crockford base32, never chosen or changed by the client', async () => {
    const other = await staffSession(kindred.payload, kindred.request, 'counselor')
    const before = Date.now()
    const made = await newCode(counselor.auth, {
      code: 'AAAA-AAAA-AAAA',
      counselor: other.user.id,
      label: 'Tuesday group',
    })
    expect(made.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)
    expect(made.code).not.toBe('AAAA-AAAA-AAAA')
    expect(relationID((made as unknown as { counselor: string }).counselor)).toBe(counselor.user.id)
    // Thirty days unless chosen otherwise.
    const expires = new Date(made.expiresAt).getTime()
    expect(expires).toBeGreaterThanOrEqual(before + 30 * day - 60_000)
    expect(expires).toBeLessThanOrEqual(Date.now() + 30 * day + 60_000)
    expect((await newCode(counselor.auth)).code).not.toBe(made.code)

    const edited = await kindred.request
      .patch(`/api/counselor-share-codes/${made.id}`)
      .set('Authorization', counselor.auth)
      .send({ code: 'BBBB-BBBB-BBBB', counselor: other.user.id, label: 'Thursday group' })
    expect(edited.status).toBe(200)
    expect(edited.body.doc).toMatchObject({ code: made.code, label: 'Thursday group' })
    expect(relationID(edited.body.doc.counselor)).toBe(counselor.user.id)
  })

  it('last at most a year and expire in the future, refused with a 400 naming expiresAt', async () => {
    for (const expiresAt of [
      new Date(Date.now() + 366 * day).toISOString(),
      new Date(Date.now() - day).toISOString(),
    ]) {
      const res = await kindred.request
        .post('/api/counselor-share-codes')
        .set('Authorization', counselor.auth)
        .send({ expiresAt })
      expect(res.status).toBe(400)
      expect(fieldErrors(res.body).map((error) => error.path)).toEqual(['expiresAt'])
    }
    const yearLong = new Date(Date.now() + 364 * day).toISOString()
    expect((await newCode(counselor.auth, { expiresAt: yearLong })).expiresAt).toBe(yearLong)
  })

  it('are read only by their counselor and admins, so no one else can collect codes (REST and GraphQL)', async () => {
    const made = await newCode(counselor.auth, { label: 'private label' })
    const other = await staffSession(kindred.payload, kindred.request, 'counselor')
    const editor = await staffSession(kindred.payload, kindred.request, 'editor')
    const reader = await readerSession(kindred.payload, kindred.request)

    const byID = (auth?: string) => {
      const req = kindred.request.get(`/api/counselor-share-codes/${made.id}`)
      return auth ? req.set('Authorization', auth) : req
    }
    expect((await byID(counselor.auth)).body.code).toBe(made.code)
    expect((await byID(admin.auth)).body.code).toBe(made.code)
    for (const auth of [other.auth, editor.auth, reader.auth, undefined])
      expect((await byID(auth)).body.code).toBeUndefined()

    const otherList = await kindred.request.get('/api/counselor-share-codes').set('Authorization', other.auth)
    expect(otherList.status).toBe(200)
    expect(otherList.body.docs).toEqual([])
    const graphQL = (auth: string) =>
      kindred.request
        .post('/api/graphql')
        .set('Authorization', auth)
        .send({ query: '{ CounselorShareCodes(limit: 100) { docs { code label } } }' })
    const ownCodes = (await graphQL(counselor.auth)).body.data.CounselorShareCodes.docs
    expect(ownCodes).toContainEqual({ code: made.code, label: 'private label' })
    expect((await graphQL(other.auth)).body.data.CounselorShareCodes.docs).toEqual([])

    // A counselor cannot revoke or relabel someone else's code either.
    const hijack = await kindred.request
      .patch(`/api/counselor-share-codes/${made.id}`)
      .set('Authorization', other.auth)
      .send({ revoked: true })
    expect(hijack.status).toBe(403)
    expect((await byID(counselor.auth)).body.revoked).toBe(false)
    // Readers and editors make none.
    for (const auth of [reader.auth, editor.auth])
      expect(
        (await kindred.request.post('/api/counselor-share-codes').set('Authorization', auth).send({})).status,
      ).toBe(403)
  })

  it('let a reader see the counselor’s display name only, then grant by the code as typed, recording the code; the counselor then reads the result', async () => {
    const made = await newCode(counselor.auth, { label: 'Tuesday group' })
    const response = await submitted()
    const typed = made.code.toLowerCase().replaceAll('-', ' ')

    const preview = await response.preview(typed)
    expect(preview.status).toBe(200)
    // Only the name: not the counselor's email or id, nor the code's label, expiry or id.
    expect(preview.body).toEqual({ counselor: { name: counselor.user.name } })

    const result = () =>
      kindred.request.get(`/api/responses/${response.id}/result`).set('Authorization', counselor.auth)
    expect((await result()).status).toBe(404)
    const granted = await response.grant({ code: typed })
    expect(granted.status).toBe(201)
    expect(granted.body).toMatchObject({
      counselor: { id: String(counselor.user.id), name: counselor.user.name },
      revokedAt: null,
    })
    expect((await result()).status).toBe(200)

    const grant = await kindred.request
      .get(`/api/response-grants/${granted.body.id}?depth=0`)
      .set('Authorization', counselor.auth)
    expect(grant.status).toBe(200)
    expect(relationID(grant.body.code)).toBe(made.id)

    // The same code again, by another reader: codes are reusable until they expire or are revoked.
    const second = await submitted()
    expect((await second.grant({ code: made.code })).status).toBe(201)
    // Granting the same counselor again answers the grant already made.
    expect((await response.grant({ code: made.code })).status).toBe(200)
  })

  it('answer unknown, expired, revoked and malformed codes with one identical 400 naming the code field, so no answer tells which codes exist', async () => {
    const expired = await newCode(counselor.auth)
    // The clock cannot be moved through the API (an expiry in the past is refused), so the row is aged directly.
    await kindred.payload.db.updateOne({
      collection: 'counselor-share-codes',
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
      id: expired.id,
    })
    const revoked = await newCode(counselor.auth)
    const revoking = await kindred.request
      .patch(`/api/counselor-share-codes/${revoked.id}`)
      .set('Authorization', counselor.auth)
      .send({ revoked: true })
    expect(revoking.body.doc).toMatchObject({ revoked: true, revokedAt: expect.any(String) })
    // Revoking is for good.
    const unrevoking = await kindred.request
      .patch(`/api/counselor-share-codes/${revoked.id}`)
      .set('Authorization', counselor.auth)
      .send({ revoked: false })
    expect(unrevoking.body.doc.revoked).toBe(true)

    const bad = [expired.code, revoked.code, '0000-0000-0000', 'not a code']
    const answers = []
    for (const code of bad) {
      // A fresh address each, so the limit is not what answers.
      const response = await submitted()
      for (const res of [await response.preview(code), await response.grant({ code })]) {
        expect(res.status).toBe(400)
        answers.push(res.body)
      }
    }
    expect(fieldErrors(answers[0] as never).map((error) => error.path)).toEqual(['code'])
    for (const answer of answers) expect(answer).toEqual(answers[0])
  })

  it('bound guessing per client address: past the limit every attempt is a 429 with Retry-After, even a right code', async () => {
    const made = await newCode(counselor.auth)
    const address = nextAddress()
    const response = await submitted(address)
    for (let attempt = 1; attempt < attemptsPerHour; attempt += 1)
      expect((await response.preview(`ZZZZ-ZZZZ-ZZ${String(attempt).padStart(2, '0')}`)).status).toBe(400)
    expect((await response.preview(made.code)).status).toBe(200)
    const refused = await response.grant({ code: made.code })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect((await response.preview(made.code)).status).toBe(429)
    // Another address is not held back.
    expect((await (await submitted()).grant({ code: made.code })).status).toBe(201)
  })

  it('refuse the code endpoints to anyone but the respondent, before a code is tried', async () => {
    const made = await newCode(counselor.auth)
    const response = await submitted()
    const stranger = await readerSession(kindred.payload, kindred.request)
    expect((await response.preview(made.code, stranger.auth)).status).toBe(404)
    expect((await response.preview(made.code, counselor.auth)).status).toBe(404)
  })

  it('refuse a grant with both or neither of code and counselor, naming code', async () => {
    const response = await submitted()
    for (const body of [{}, { code: 'K7QM-4XPD-9TRA', counselor: counselor.user.id }]) {
      const res = await response.grant(body)
      expect(res.status).toBe(400)
      expect(fieldErrors(res.body).map((error) => error.path)).toEqual(['code'])
    }
  })
})
