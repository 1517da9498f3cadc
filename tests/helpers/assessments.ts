import { expect } from '@jest/globals'
import type { Payload } from 'payload'
import type supertest from 'supertest'

import { lexicalFromBlocks } from '../../src/utilities/lexicalFromBlocks.js'
import { readerSession } from './accounts.js'

let counter = 0

type QuestionSpec = Record<string, unknown> & { prompt?: string }
type Band = {
  conversationPrompts?: { prompt: string }[]
  interpretation?: unknown
  label: string
  max: number
  min: number
}

/** A question in the bank: a 1–5 agreement item unless told otherwise. */
export const createQuestion = (payload: Payload, data: QuestionSpec = {}) => {
  counter += 1
  return payload.create({
    collection: 'questions',
    data: { prompt: `Question ${counter}`, scale: { max: 5, min: 1 }, type: 'likert', ...data } as never,
    overrideAccess: true,
  })
}

const text = (words: string) => lexicalFromBlocks([{ text: words, type: 'paragraph' }])

/** Mean-scored 1–5 bands: low, middle, high, with an interpretation and a prompt each. */
export const meanBands = (name: string): Band[] => [
  {
    conversationPrompts: [{ prompt: `${name}: what would help?` }],
    interpretation: text(`${name} needs care.`),
    label: 'Needs care',
    max: 2.5,
    min: 1,
  },
  {
    conversationPrompts: [{ prompt: `${name}: what is working?` }],
    interpretation: text(`${name} is steady.`),
    label: 'Steady',
    max: 3.75,
    min: 2.5,
  },
  {
    conversationPrompts: [{ prompt: `${name}: celebrate it.` }],
    interpretation: text(`${name} thrives.`),
    label: 'Thriving',
    max: 5,
    min: 3.75,
  },
]

type AssessmentSpec = {
  _status?: 'draft' | 'published'
  audience?: 'couple' | 'either' | 'individual'
  dimensions?: Record<string, unknown>[]
  overall?: Record<string, unknown>
  questions?: (number | string)[]
  title?: string
}

/** An assessment through the Local API (published unless told otherwise). */
export const createAssessment = (payload: Payload, data: AssessmentSpec) => {
  counter += 1
  return payload.create({
    collection: 'assessments',
    data: { _status: 'published', title: `Assessment ${counter}`, ...data } as never,
    overrideAccess: true,
  })
}

/**
 * Two mean-scored dimensions of three 1–5 items each (the third reverse-keyed), a required
 * safety item and a free-text note: the shape most tests need.
 */
export const standardAssessment = async (payload: Payload, spec: AssessmentSpec = {}) => {
  const items = {
    close: [
      await createQuestion(payload, {
        dimension: 'close',
        prompt: 'We make time for each other.',
        required: true,
      }),
      await createQuestion(payload, { dimension: 'close', prompt: 'I feel close to my partner.' }),
      await createQuestion(payload, {
        dimension: 'close',
        prompt: 'We drift apart for weeks.',
        reverseKeyed: true,
      }),
    ],
    listen: [
      await createQuestion(payload, { dimension: 'listen', prompt: 'My partner hears me out.' }),
      await createQuestion(payload, { dimension: 'listen', prompt: 'I ask before I assume.' }),
      await createQuestion(payload, {
        dimension: 'listen',
        prompt: 'I interrupt my partner.',
        reverseKeyed: true,
      }),
    ],
    note: await createQuestion(payload, { prompt: 'Anything else?', type: 'text' }),
    safety: await createQuestion(payload, {
      prompt: 'Have you felt afraid of your partner in the last year?',
      required: true,
      safety: true,
      type: 'boolean',
    }),
  }
  const questions = [...items.close, ...items.listen, items.safety, items.note]
  const assessment = await createAssessment(payload, {
    audience: 'either',
    dimensions: [
      { bands: meanBands('Closeness'), key: 'close', label: 'Closeness', method: 'mean' },
      {
        bands: meanBands('Listening'),
        key: 'listen',
        label: 'Listening',
        method: 'mean',
        minAnsweredFraction: 0.6,
        missing: 'prorate',
      },
    ],
    overall: {
      bands: [
        { label: 'Growing', max: 50, min: 0 },
        { label: 'Flourishing', max: 100, min: 50 },
      ],
      method: 'percent',
    },
    questions: questions.map((question) => question.id),
    ...spec,
  })
  const id = (question: { id: number | string }) => String(question.id)
  return {
    assessment,
    ids: {
      close: items.close.map(id),
      listen: items.listen.map(id),
      note: id(items.note),
      safety: id(items.safety),
    },
    slug: assessment.slug as string,
  }
}

export type Standard = Awaited<ReturnType<typeof standardAssessment>>

/** Every scored item answered `value` (reverse-keyed ones too), the safety item `false`. */
export const answerAll = (standard: Standard, value: number, safety = false): Record<string, unknown> => ({
  ...Object.fromEntries([...standard.ids.close, ...standard.ids.listen].map((id) => [id, value])),
  [standard.ids.safety]: safety,
})

/** Starts (and by default submits) a response through the API. */
export const respond = (
  request: ReturnType<typeof supertest>,
  slug: string,
  body: Record<string, unknown>,
  auth?: string,
) => {
  const req = request.post(`/api/assessments/${slug}/responses`)
  if (auth) req.set('Authorization', auth)
  return req.send({ submit: true, ...body })
}

/** The `data.errors` of a Payload error answer. */
export const fieldErrors = (body: { errors?: { data?: { errors?: unknown[] } }[] }) =>
  (body.errors?.[0]?.data?.errors ?? []) as {
    message: string
    path: string
    questionId?: string
    reason?: string
  }[]

/** One partner of a couple: their response, its private token, and their account's session when they have one. */
export type Partner = { auth?: string; id: string; token: string }

/** The request in the partner's name: their account when they have one, else their response token. */
export const asPartner = <T extends { set: (key: string, value: string) => T }>(req: T, partner: Partner) =>
  partner.auth ? req.set('Authorization', partner.auth) : req.set('X-Response-Token', partner.token)

/** The partner agrees (or no longer agrees) to share the couple report. */
export const shareReport = (request: ReturnType<typeof supertest>, partner: Partner, share: boolean) =>
  asPartner(request.post(`/api/responses/${partner.id}/consent`), partner).send({ share })

/**
 * A couple through the API: A (a signed-in reader) submits `answers.a` and invites; B (anonymous, by token)
 * joins with the code and submits `answers.b`. Answers both partners, the couple and the (now spent) code.
 */
export const pairPartners = async (
  { payload, request }: { payload: Payload; request: ReturnType<typeof supertest> },
  standard: Standard,
  answers: { a: Record<string, unknown>; b: Record<string, unknown> },
) => {
  const reader = await readerSession(payload, request)
  const a = await respond(request, standard.slug, { answers: answers.a }, reader.auth)
  const partnerA: Partner = { auth: reader.auth, id: a.body.id, token: a.body.token }
  const invitation = await asPartner(request.post(`/api/responses/${partnerA.id}/invitation`), partnerA)
  expect(invitation.status).toBe(201)
  const b = await respond(request, standard.slug, { answers: answers.b, invitation: invitation.body.code })
  expect(b.status).toBe(201)
  expect(b.body.couple).toBe(invitation.body.couple)
  const partnerB: Partner = { id: b.body.id, token: b.body.token }
  return {
    a: partnerA,
    b: partnerB,
    code: invitation.body.code as string,
    couple: invitation.body.couple as string,
  }
}
