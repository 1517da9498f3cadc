import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createStaff, readerSession, staffSession } from '../helpers/accounts.js'
import { createArticle } from '../helpers/articles.js'
import {
  createAssessment,
  createQuestion,
  fieldErrors,
  meanBands,
  standardAssessment,
  type Standard,
} from '../helpers/assessments.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'

let kindred: Kindred
let counselor: { auth: string }
let standard: Standard

beforeAll(async () => {
  kindred = await bootKindred()
  // The first staff account becomes an admin; the roles under test come after it.
  await createStaff(kindred.payload, 'admin')
  counselor = await staffSession(kindred.payload, kindred.request, 'counselor')
  standard = await standardAssessment(kindred.payload)
})
afterAll(async () => {
  await kindred.close()
})

const publish = (id: number | string, data: Record<string, unknown> = {}) =>
  kindred.request
    .patch(`/api/assessments/${id}`)
    .set('Authorization', counselor.auth)
    .send({ _status: 'published', ...data })

describe('publishing', () => {
  it('lets a counselor save an incomplete draft, then refuses to publish it with errors on the fields at fault', async () => {
    const orphan = await createQuestion(kindred.payload, {
      dimension: 'trust',
      prompt: 'I trust my partner.',
    })
    const choice = await createQuestion(kindred.payload, {
      dimension: 'close',
      options: [{ label: 'Often' }, { label: 'Rarely' }],
      prompt: 'How often do you talk?',
      type: 'single',
    })
    const close = await createQuestion(kindred.payload, { dimension: 'close', prompt: 'We laugh together.' })
    const draft = await kindred.request
      .post('/api/assessments')
      .set('Authorization', counselor.auth)
      .send({
        _status: 'draft',
        dimensions: [
          { bands: [{ label: 'Low', max: 2, min: 1 }], key: 'close', label: 'Closeness', method: 'mean' },
        ],
        questions: [orphan.id, choice.id, close.id],
        title: 'Work in progress',
      })
    expect(draft.status).toBe(201)

    const refused = await publish(draft.body.doc.id)
    expect(refused.status).toBe(400)
    const errors = fieldErrors(refused.body)
    expect(errors.map((error) => error.path).sort()).toEqual(['questions'])
    expect(errors[0].message).toContain('“I trust my partner.”: unknown dimension "trust"')
    expect(errors[0].message).toContain(
      '“How often do you talk?”: a scored choice question needs numeric option values',
    )
    const stored = await kindred.payload.findByID({
      collection: 'assessments',
      id: draft.body.doc.id,
      overrideAccess: true,
    })
    expect(stored._status).toBe('draft')
  })

  it('refuses bands that leave a gap or overlap over the possible range, naming the dimension’s bands', async () => {
    const question = await createQuestion(kindred.payload, { dimension: 'close' })
    const other = await createQuestion(kindred.payload, { dimension: 'listen' })
    const draft = await createAssessment(kindred.payload, {
      _status: 'draft',
      dimensions: [
        {
          bands: [
            { label: 'Low', max: 2, min: 1 },
            { label: 'High', max: 5, min: 4 },
          ],
          key: 'close',
          label: 'Closeness',
          method: 'sum',
        },
        {
          bands: [
            { label: 'Low', max: 3.5, min: 1 },
            { label: 'High', max: 5, min: 3 },
          ],
          key: 'listen',
          label: 'Listening',
          method: 'mean',
        },
      ],
      overall: { bands: [{ label: 'Some', max: 60, min: 0 }], method: 'percent' },
      questions: [question.id, other.id],
    })
    const refused = await publish(draft.id)
    expect(refused.status).toBe(400)
    const errors = Object.fromEntries(fieldErrors(refused.body).map((error) => [error.path, error.message]))
    expect(errors).toEqual({
      'dimensions.0.bands': 'A score of 3 falls in no band (possible scores 1–5).',
      'dimensions.1.bands': 'Bands “Low” and “High” overlap from 3 to 3.5.',
      'overall.bands': 'Scores from 60 to 100 fall in no band (possible scores 0–100).',
    })
  })

  it('names the fields it refuses by their labels (dimension → field), not by their paths', async () => {
    const question = await createQuestion(kindred.payload, { dimension: 'talk' })
    const unknown = await createQuestion(kindred.payload, { dimension: 'tlak', prompt: 'We talk daily.' })
    const draft = await createAssessment(kindred.payload, {
      _status: 'draft',
      dimensions: [
        {
          bands: [
            { label: 'Band A', max: 3, min: 1 },
            { label: 'Band B', max: 5, min: 4 },
          ],
          key: 'talk',
          label: 'Everyday talk',
          method: 'mean',
        },
      ],
      questions: [question.id],
    })
    const gap = await publish(draft.id)
    expect(gap.status).toBe(400)
    expect(gap.body.errors[0].message).toBe('The following field is invalid: Everyday talk → Bands')
    expect(fieldErrors(gap.body)).toEqual([
      {
        label: 'Everyday talk → Bands',
        message: 'Scores from 3 to 4 fall in no band (possible scores 1–5).',
        path: 'dimensions.0.bands',
      },
    ])

    const stray = await publish(draft.id, {
      dimensions: [{ key: 'talk', label: 'Everyday talk', method: 'mean' }],
      questions: [question.id, unknown.id],
    })
    expect(stray.status).toBe(400)
    expect(fieldErrors(stray.body)).toEqual([
      {
        label: 'Questions',
        message: '“We talk daily.”: unknown dimension "tlak"; choose one of Everyday talk (talk).',
        path: 'questions',
      },
    ])
  })

  it('refuses to give a question a dimension its assessment does not define, naming the choices', async () => {
    const question = await createQuestion(kindred.payload, {
      dimension: 'talk',
      prompt: 'We talk at dinner.',
    })
    await createAssessment(kindred.payload, {
      _status: 'draft',
      dimensions: [{ key: 'talk', label: 'Everyday talk', method: 'mean' }],
      questions: [question.id],
      title: 'Talking',
    })
    const edit = (dimension: string) =>
      kindred.request
        .patch(`/api/questions/${question.id}`)
        .set('Authorization', counselor.auth)
        .send({ dimension })
    const refused = await edit('tlak')
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toBe('The following field is invalid: Dimension')
    expect(fieldErrors(refused.body)).toEqual([
      expect.objectContaining({
        message: '“tlak” is not a dimension of “Talking”; choose one of Everyday talk (talk).',
        path: 'dimension',
      }),
    ])
    expect((await edit('talk')).status).toBe(200)
  })

  it('publishes a sound key and keeps its version when republished unchanged', async () => {
    const versions = async () =>
      (
        await kindred.payload.find({
          collection: 'assessment-keys',
          overrideAccess: true,
          where: { assessment: { equals: standard.assessment.id } },
        })
      ).docs.map((doc) => doc.version)
    expect(await versions()).toEqual([1])
    expect((await publish(standard.assessment.id)).status).toBe(200)
    expect(await versions()).toEqual([1])
  })

  it('does not let readers or editors write questions or assessments', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    const editor = await staffSession(kindred.payload, kindred.request, 'editor')
    for (const auth of [reader.auth, editor.auth]) {
      const res = await kindred.request
        .post('/api/questions')
        .set('Authorization', auth)
        .send({ prompt: 'Hi', type: 'likert' })
      expect(res.status).toBe(403)
      expect(
        (
          await kindred.request
            .patch(`/api/assessments/${standard.assessment.id}`)
            .set('Authorization', auth)
            .send({ title: 'Mine' })
        ).status,
      ).toBe(403)
    }
  })
})

describe('what the public sees', () => {
  it('never reads the assessment or its questions through the collections (scoring internals stay private)', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    for (const path of [
      '/api/assessments',
      `/api/assessments/${standard.assessment.id}`,
      '/api/questions',
      '/api/assessment-keys',
    ]) {
      expect((await kindred.request.get(path)).status).toBe(403)
      expect((await kindred.request.get(path).set('Authorization', reader.auth)).status).toBe(403)
    }
  })

  it('gets the form: prompts, options, scales, help text and instructions, and no weights, keys or bands', async () => {
    const res = await kindred.request.get(`/api/assessments/${standard.slug}/form`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ audience: 'either', slug: standard.slug, version: 1 })
    expect(res.body.questions).toHaveLength(8)
    expect(res.body.questions[0]).toEqual({
      id: standard.ids.close[0],
      prompt: 'We make time for each other.',
      required: true,
      scale: { max: 5, maxLabel: 'Strongly agree', min: 1, minLabel: 'Strongly disagree' },
      type: 'likert',
    })
    expect(res.body.questions[6]).toMatchObject({ private: true, type: 'boolean' })
    const text = JSON.stringify(res.body)
    for (const internal of ['reverseKeyed', 'weight', 'dimension', 'bands', 'Thriving', 'notes', '"close"'])
      expect(text).not.toContain(internal)
  })

  it('gets 404 for the form of a draft or unknown assessment', async () => {
    const draft = await createAssessment(kindred.payload, { _status: 'draft', title: 'Not yet' })
    expect((await kindred.request.get(`/api/assessments/${draft.slug}/form`)).status).toBe(404)
    expect((await kindred.request.get('/api/assessments/no-such-thing/form')).status).toBe(404)
  })

  it('sees an article’s call to action as the assessment’s title and slug only', async () => {
    const article = await createArticle(kindred.payload, { title: 'Grow closer' })
    await kindred.payload.update({
      collection: 'articles',
      data: { callToAction: standard.assessment.id } as never,
      id: article.id,
    })
    const res = await kindred.request.get(`/api/articles/${article.id}?depth=1`)
    expect(res.status).toBe(200)
    expect(res.body.callToActionAssessment).toEqual({ slug: standard.slug, title: standard.assessment.title })
    expect(res.body.callToAction).toBe(String(standard.assessment.id))
  })
})

describe('the admin’s key preview', () => {
  it('shows counselors the possible range and band coverage of the form as it stands; nobody else', async () => {
    const body = {
      dimensions: [
        {
          bands: meanBands('x').map(({ label, max, min }) => ({ label, max, min })),
          key: 'close',
          label: 'Closeness',
          method: 'mean',
        },
        { bands: [{ label: 'All', max: 10, min: 3 }], key: 'listen', label: 'Listening', method: 'sum' },
      ],
      questions: [...standard.ids.close, ...standard.ids.listen],
    }
    const res = await kindred.request
      .post('/api/assessments/key-preview')
      .set('Authorization', counselor.auth)
      .send(body)
    expect(res.status).toBe(200)
    expect(res.body.ranges).toEqual([
      {
        bands: meanBands('x').map(({ label, max, min }) => ({ label, max, min })),
        boundaries: [
          { owner: 'Needs care', score: 2.5 },
          { owner: 'Steady', score: 3.75 },
        ],
        coverage: { gaps: [], invalid: [], ok: true, overlaps: [] },
        dimension: 'close',
        label: 'Closeness',
        range: { integer: false, max: 5, min: 1 },
      },
      {
        bands: [{ label: 'All', max: 10, min: 3 }],
        boundaries: [],
        coverage: { gaps: [{ max: 15, min: 11 }], invalid: [], ok: false, overlaps: [] },
        dimension: 'listen',
        label: 'Listening',
        range: { integer: true, max: 15, min: 3 },
      },
    ])
    expect(res.body.problems).toEqual([
      {
        label: 'Listening → Bands',
        message: 'Scores from 11 to 15 fall in no band (possible scores 3–15).',
        path: 'dimensions.1.bands',
      },
    ])
    const reader = await readerSession(kindred.payload, kindred.request)
    expect(
      (
        await kindred.request
          .post('/api/assessments/key-preview')
          .set('Authorization', reader.auth)
          .send(body)
      ).status,
    ).toBe(403)
    expect((await kindred.request.post('/api/assessments/key-preview').send(body)).status).toBe(401)
  })
})
