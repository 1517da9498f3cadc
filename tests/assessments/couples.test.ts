import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createStaff, readerSession, staffSession } from '../helpers/accounts.js'
import {
  asPartner,
  fieldErrors,
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

/** Answers given as keyed positions: close c0 c1 c2(reverse), listen l0 l1 l2(reverse). */
const answers = (close: number[], listen: number[], safety: boolean) => ({
  ...Object.fromEntries(standard.ids.close.map((id, i) => [id, close[i]])),
  ...Object.fromEntries(standard.ids.listen.map((id, i) => [id, listen[i]])),
  [standard.ids.safety]: safety,
  [standard.ids.note]: 'Private thoughts about us.',
})

const report = (couple: string, partner: Partner) =>
  asPartner(kindred.request.get(`/api/couples/${couple}/report`), partner)
const consent = (partner: Partner, share: boolean) => shareReport(kindred.request, partner, share)

const pair = () =>
  pairPartners(kindred, standard, {
    a: answers([5, 5, 1], [5, 1, 3], false),
    b: answers([4, 2, 2], [4, 2, 5], true),
  })

describe('a couple, end to end', () => {
  it('invites, answers independently, consents, and shows both partners the report — no raw answers, no safety items', async () => {
    const { a, b, code, couple } = await pair()

    // The code is single-use: the partner used it in `pair()`. (That the partner answers the inviter's
    // version is checked in 'has the partner answer the inviter’s version even after a new one is published'.)
    expect(
      (await respond(kindred.request, standard.slug, { answers: {}, invitation: code, submit: false }))
        .status,
    ).toBe(400)

    for (const partner of [a, b]) {
      const closed = await report(couple, partner)
      expect(closed.status).toBe(403)
      expect(closed.body.errors[0].message).toBe(
        'The couple report opens once both partners have submitted and agreed to share it.',
      )
    }
    expect((await consent(a, true)).body).toEqual({ couple, share: true })
    expect((await report(couple, a)).status).toBe(403)
    expect((await report(couple, b)).status).toBe(403)
    expect((await consent(b, true)).status).toBe(200)

    const fromA = await report(couple, a)
    expect(fromA.status).toBe(200)
    const close = fromA.body.dimensions.find((d: { key: string }) => d.key === 'close')
    const listen = fromA.body.dimensions.find((d: { key: string }) => d.key === 'listen')
    expect(close).toMatchObject({
      agreement: { 'both-negative': 0, 'both-positive': 2, disagreement: 1, uncertain: 0 },
      label: 'Closeness',
      partner: { band: 'Steady' },
      you: { band: 'Thriving', score: 5 },
    })
    expect(close.difference).toBeCloseTo(5 - 10 / 3)
    expect(close.pca).toBeCloseTo(200 / 3)
    expect(close.items.map((item: { agreement: string }) => item.agreement)).toEqual([
      'both-positive',
      'disagreement',
      'both-positive',
    ])
    expect(close.items[0]).toEqual({
      agreement: 'both-positive',
      prompt: 'We make time for each other.',
      questionId: standard.ids.close[0],
    })
    expect(listen).toMatchObject({
      agreement: { 'both-negative': 1, 'both-positive': 1, disagreement: 0, uncertain: 1 },
    })
    expect(listen.pca).toBeCloseTo(100 / 3)
    expect(fromA.body.strengths).toEqual([{ key: 'close', label: 'Closeness' }])
    expect(fromA.body.growthAreas).toEqual([
      {
        conversationPrompts: ['Listening: what is working?', 'Listening: what would help?'],
        key: 'listen',
        label: 'Listening',
      },
    ])

    const fromB = await report(couple, b)
    expect(fromB.status).toBe(200)
    const closeFromB = fromB.body.dimensions.find((d: { key: string }) => d.key === 'close')
    expect(closeFromB.you).toEqual(close.partner)
    expect(closeFromB.difference).toBeCloseTo(-close.difference)

    for (const body of [fromA.body, fromB.body]) {
      const text = JSON.stringify(body)
      expect(text).not.toContain(standard.ids.safety)
      expect(text).not.toContain('afraid')
      expect(text).not.toContain('Private thoughts')
      expect(text).not.toContain('answers')
    }
  })

  it('answers 404 to anyone outside the couple: another reader, a stranger’s token, no token, a counselor', async () => {
    const { a, b, couple } = await pair()
    await consent(a, true)
    await consent(b, true)
    const other = await readerSession(kindred.payload, kindred.request)
    const stranger = await respond(kindred.request, standard.slug, {
      answers: answers([3, 3, 3], [3, 3, 3], false),
    })
    const counselor = await staffSession(kindred.payload, kindred.request, 'counselor')
    for (const req of [
      kindred.request.get(`/api/couples/${couple}/report`),
      kindred.request.get(`/api/couples/${couple}/report`).set('Authorization', other.auth),
      kindred.request.get(`/api/couples/${couple}/report`).set('Authorization', counselor.auth),
      kindred.request.get(`/api/couples/${couple}/report`).set('X-Response-Token', stranger.body.token),
      kindred.request.post(`/api/couples/${couple}/leave`).set('X-Response-Token', stranger.body.token),
    ]) {
      const res = await req
      expect(res.status).toBe(404)
      expect(res.body.errors[0].message).toBe('No couple with that id.')
    }
    expect((await report(couple, a)).status).toBe(200)
  })

  it('closes the report for both as soon as either partner withdraws consent', async () => {
    const { a, b, couple } = await pair()
    await consent(a, true)
    await consent(b, true)
    expect((await report(couple, b)).status).toBe(200)
    expect((await consent(b, false)).status).toBe(200)
    expect((await report(couple, a)).status).toBe(403)
    expect((await report(couple, b)).status).toBe(403)
    await consent(b, true)
    expect((await report(couple, a)).status).toBe(200)
  })

  it('lets a partner leave; the other sees exactly what a withdrawn consent shows and cannot tell why', async () => {
    const left = await pair()
    const withdrawn = await pair()
    for (const { a, b } of [left, withdrawn]) {
      await consent(a, true)
      await consent(b, true)
    }
    expect((await asPartner(kindred.request.post(`/api/couples/${left.couple}/leave`), left.b)).body).toEqual(
      {
        left: true,
      },
    )
    await consent(withdrawn.b, false)

    const afterLeaving = await report(left.couple, left.a)
    const afterWithdrawal = await report(withdrawn.couple, withdrawn.a)
    expect(afterLeaving.status).toBe(afterWithdrawal.status)
    expect(afterLeaving.body).toEqual(afterWithdrawal.body)
    // Consenting again is accepted in both cases, and a new invitation is refused in both.
    expect((await consent(left.a, true)).status).toBe(200)
    expect((await consent(withdrawn.a, true)).status).toBe(200)
    const inviteLeft = await asPartner(kindred.request.post(`/api/responses/${left.a.id}/invitation`), left.a)
    const inviteWithdrawn = await asPartner(
      kindred.request.post(`/api/responses/${withdrawn.a.id}/invitation`),
      withdrawn.a,
    )
    expect([inviteLeft.status, inviteLeft.body]).toEqual([inviteWithdrawn.status, inviteWithdrawn.body])
    expect(inviteLeft.status).toBe(409)
    expect(inviteLeft.body.errors[0].message).toBe('This response already belongs to a couple.')
    // The one who left is no longer a member.
    expect((await report(left.couple, left.b)).status).toBe(404)
  })

  it('treats a partner erasing their response like leaving', async () => {
    const { a, b, couple } = await pair()
    await consent(a, true)
    await consent(b, true)
    expect((await asPartner(kindred.request.delete(`/api/responses/${b.id}`), b)).status).toBe(200)
    expect((await report(couple, a)).status).toBe(403)
    const stored = await kindred.payload.findByID({ collection: 'couples', id: couple, overrideAccess: true })
    // The one who stays keeps their own consent, as after a withdrawal; the report stays closed (dissolved).
    expect(stored).toMatchObject({ consentA: true, consentB: false, partnerB: null, status: 'dissolved' })
  })
})

describe('invitations', () => {
  it('has the partner answer the inviter’s version even after a new one is published', async () => {
    const own = await standardAssessment(kindred.payload, { audience: 'couple' })
    const a = await respond(kindred.request, own.slug, { answers: {}, submit: false })
    const invitation = await kindred.request
      .post(`/api/responses/${a.body.id}/invitation`)
      .set('X-Response-Token', a.body.token)
    await kindred.payload.update({
      collection: 'assessments',
      data: { _status: 'published', instructions: 'Answer honestly.' } as never,
      id: own.assessment.id,
      overrideAccess: true,
    })
    expect((await kindred.request.get(`/api/assessments/${own.slug}/form`)).body.version).toBe(2)
    const form = await kindred.request.get(
      `/api/assessments/${own.slug}/form?invitation=${invitation.body.code}`,
    )
    expect(form.status).toBe(200)
    expect(form.body).toMatchObject({ instructions: '', version: 1 })
    const b = await respond(kindred.request, own.slug, {
      answers: {},
      invitation: invitation.body.code,
      submit: false,
    })
    const stored = await kindred.payload.findByID({
      collection: 'responses',
      id: b.body.id,
      overrideAccess: true,
    })
    expect(stored.version).toBe(1)
  })

  it('refuses an unknown, expired or own invitation on the invitation field, and invitations on individual assessments', async () => {
    const bad = await respond(kindred.request, standard.slug, { answers: {}, invitation: 'not-a-code' })
    expect(bad.status).toBe(400)
    expect(fieldErrors(bad.body)).toEqual([
      { message: 'This invitation is not valid or has expired.', path: 'invitation' },
    ])
    expect(
      (await kindred.request.get(`/api/assessments/${standard.slug}/form?invitation=not-a-code`)).status,
    ).toBe(400)

    const reader = await readerSession(kindred.payload, kindred.request)
    const a = await respond(kindred.request, standard.slug, { answers: {}, submit: false }, reader.auth)
    const own = await kindred.request
      .post(`/api/responses/${a.body.id}/invitation`)
      .set('Authorization', reader.auth)
    const self = await respond(
      kindred.request,
      standard.slug,
      { answers: {}, invitation: own.body.code, submit: false },
      reader.auth,
    )
    expect(self.status).toBe(400)
    expect(fieldErrors(self.body)[0].path).toBe('invitation')

    // Asking again replaces the code; then it expires.
    const again = await kindred.request
      .post(`/api/responses/${a.body.id}/invitation`)
      .set('Authorization', reader.auth)
    expect(again.body.couple).toBe(own.body.couple)
    expect(
      (
        await respond(kindred.request, standard.slug, {
          answers: {},
          invitation: own.body.code,
          submit: false,
        })
      ).status,
    ).toBe(400)
    await kindred.payload.update({
      collection: 'couples',
      data: { invitationExpiresAt: new Date(Date.now() - 1000).toISOString() },
      id: own.body.couple,
      overrideAccess: true,
    })
    expect(
      (
        await respond(kindred.request, standard.slug, {
          answers: {},
          invitation: again.body.code,
          submit: false,
        })
      ).status,
    ).toBe(400)

    const alone = await standardAssessment(kindred.payload, { audience: 'individual' })
    const single = await respond(kindred.request, alone.slug, { answers: {}, submit: false })
    const refused = await kindred.request
      .post(`/api/responses/${single.body.id}/invitation`)
      .set('X-Response-Token', single.body.token)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toBe('This assessment is taken alone, not as a couple.')
  })

  it('answers a code on another published assessment with the invitation error, and on no published one with 404', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    const a = await respond(kindred.request, standard.slug, { answers: {}, submit: false }, reader.auth)
    const { code } = (
      await kindred.request.post(`/api/responses/${a.body.id}/invitation`).set('Authorization', reader.auth)
    ).body
    const other = await standardAssessment(kindred.payload)
    const elsewhere = await respond(kindred.request, other.slug, {
      answers: {},
      invitation: code,
      submit: false,
    })
    expect(elsewhere.status).toBe(400)
    expect(fieldErrors(elsewhere.body)).toEqual([
      { message: 'This invitation is not valid or has expired.', path: 'invitation' },
    ])
    const nowhere = await respond(kindred.request, 'no-such-assessment', {
      answers: {},
      invitation: code,
      submit: false,
    })
    expect(nowhere.status).toBe(404)
    // Neither used it up.
    expect(
      (await respond(kindred.request, standard.slug, { answers: {}, invitation: code, submit: false }))
        .status,
    ).toBe(201)
  })

  it('refuses consent on a response that belongs to no couple', async () => {
    const single = await respond(kindred.request, standard.slug, { answers: {}, submit: false })
    const res = await kindred.request
      .post(`/api/responses/${single.body.id}/consent`)
      .set('X-Response-Token', single.body.token)
      .send({ share: true })
    expect(res.status).toBe(409)
    const bad = await kindred.request
      .post(`/api/responses/${single.body.id}/consent`)
      .set('X-Response-Token', single.body.token)
      .send({ share: 'yes' })
    expect(bad.status).toBe(400)
    expect(fieldErrors(bad.body).map((error) => error.path)).toEqual(['share'])
  })
})
