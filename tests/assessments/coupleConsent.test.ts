import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createStaff, readerSession, staffSession } from '../helpers/accounts.js'
import {
  answerAll,
  asPartner,
  pairPartners,
  type Partner,
  respond,
  shareReport,
  standardAssessment,
  type Standard,
} from '../helpers/assessments.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'

let kindred: Kindred
let standard: Standard

beforeAll(async () => {
  // Many respondents from one test address: the start limit has its own suite (statistics.test.ts).
  kindred = await bootKindred({ ASSESSMENT_STARTS_PER_HOUR: '0' })
  await createStaff(kindred.payload, 'admin')
  standard = await standardAssessment(kindred.payload, { audience: 'couple' })
})
afterAll(async () => {
  await kindred.close()
})

const consentOf = (couple: string, partner: Partner) =>
  asPartner(kindred.request.get(`/api/couples/${couple}/consent`), partner)
const share = (partner: Partner, yes: boolean) => shareReport(kindred.request, partner, yes)

const pair = () => pairPartners(kindred, standard, { a: answerAll(standard, 4), b: answerAll(standard, 2) })

describe('GET /api/couples/:id/consent', () => {
  it('tells each partner, on every read, whether they and their partner have agreed to share', async () => {
    const { a, b, couple } = await pair()
    const both = async () => [(await consentOf(couple, a)).body, (await consentOf(couple, b)).body]

    expect(await both()).toEqual([
      { consent: { mine: false, partner: false }, couple },
      { consent: { mine: false, partner: false }, couple },
    ])
    expect((await share(a, true)).status).toBe(200)
    expect(await both()).toEqual([
      { consent: { mine: true, partner: false }, couple },
      { consent: { mine: false, partner: true }, couple },
    ])
    expect((await share(b, true)).status).toBe(200)
    expect(await both()).toEqual([
      { consent: { mine: true, partner: true }, couple },
      { consent: { mine: true, partner: true }, couple },
    ])
    expect((await share(a, false)).status).toBe(200)
    expect(await both()).toEqual([
      { consent: { mine: false, partner: true }, couple },
      { consent: { mine: true, partner: false }, couple },
    ])
    // The partner with an account reads it by token too: the private link works signed out.
    expect((await consentOf(couple, { ...a, auth: undefined })).body.consent).toEqual({
      mine: false,
      partner: true,
    })
  })

  it('reveals nothing to anyone outside the couple — a non-member, the other couple’s partner, a counselor with or without a grant — not even by a difference between two reads', async () => {
    const { a, b, couple } = await pair()
    const other = await pair()
    const reader = await readerSession(kindred.payload, kindred.request)
    const stranger = await respond(kindred.request, standard.slug, { answers: answerAll(standard, 3) })
    const counselor = await staffSession(kindred.payload, kindred.request, 'counselor')
    const grantedCounselor = await staffSession(kindred.payload, kindred.request, 'counselor')
    const granted = await asPartner(kindred.request.post(`/api/responses/${a.id}/grants`), a).send({
      counselor: grantedCounselor.user.id,
    })
    expect(granted.status).toBe(201)
    // The grant is real: that counselor reads A's result.
    expect(
      (await kindred.request.get(`/api/responses/${a.id}/result`).set('Authorization', grantedCounselor.auth))
        .status,
    ).toBe(200)

    const outsiders = (id: string) => [
      kindred.request.get(`/api/couples/${id}/consent`),
      kindred.request.get(`/api/couples/${id}/consent`).set('Authorization', reader.auth),
      kindred.request.get(`/api/couples/${id}/consent`).set('X-Response-Token', stranger.body.token),
      consentOf(id, other.a),
      consentOf(id, other.b),
      kindred.request.get(`/api/couples/${id}/consent`).set('Authorization', counselor.auth),
      kindred.request.get(`/api/couples/${id}/consent`).set('Authorization', grantedCounselor.auth),
    ]
    const answers = async (id: string) =>
      Promise.all(
        outsiders(id).map(async (req) => {
          const { body, status } = await req
          return { body, status }
        }),
      )
    const missing = await answers(randomUUID())
    expect(new Set(missing.map(({ status }) => status))).toEqual(new Set([404]))
    expect(missing[0].body.errors[0].message).toBe('No couple with that id.')

    const before = await answers(couple)
    await share(a, true)
    await share(b, true)
    const after = await answers(couple)
    expect(before).toEqual(missing)
    expect(after).toEqual(missing)
    // Meanwhile the partners themselves read it.
    expect((await consentOf(couple, a)).body.consent).toEqual({ mine: true, partner: true })
  })

  it('reads the same to the one who stays after the partner leaves as after the partner withdraws', async () => {
    const left = await pair()
    const withdrawn = await pair()
    const erased = await pair()
    for (const { a, b } of [left, withdrawn, erased]) {
      await share(a, true)
      await share(b, true)
    }
    expect((await asPartner(kindred.request.post(`/api/couples/${left.couple}/leave`), left.b)).status).toBe(
      200,
    )
    expect((await share(withdrawn.b, false)).status).toBe(200)
    expect((await asPartner(kindred.request.delete(`/api/responses/${erased.b.id}`), erased.b)).status).toBe(
      200,
    )

    const stayer = async ({ a, couple }: { a: Partner; couple: string }) => {
      const { body, status } = await consentOf(couple, a)
      return { consent: body.consent, status }
    }
    const expected = { consent: { mine: true, partner: false }, status: 200 }
    for (const couple of [left, withdrawn, erased]) expect(await stayer(couple)).toEqual(expected)
    // Withdrawing and agreeing again is recorded the same way in all three.
    for (const couple of [left, withdrawn, erased]) {
      await share(couple.a, false)
      expect(await stayer(couple)).toEqual({ consent: { mine: false, partner: false }, status: 200 })
      await share(couple.a, true)
      expect(await stayer(couple)).toEqual(expected)
    }
    // The one who left is no longer a member.
    expect((await consentOf(left.couple, left.b)).status).toBe(404)
  })
})
