import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'

import { createStaff, readerSession, staffSession } from './helpers/accounts.js'
import { createArticle } from './helpers/articles.js'
import { respond, standardAssessment, type Standard } from './helpers/assessments.js'
import { bootKindred, type Kindred } from './helpers/bootKindred.js'

/**
 * What MongoDB answers when two transactions write the same document: a `MongoServerError` with code
 * 112 and the `TransientTransactionError` label. No mongod runs here, so the database adapter is made to
 * answer it (the adapter is Payload's, not ours); the transaction, its rollback and the retry are real.
 * PostgreSQL only (scripts/test.mjs): it has transactions like MongoDB; the embedded SQLite adapter runs
 * without them, and work that is not rolled back is never run twice.
 */
class WriteConflict extends Error {
  readonly code = 112
  readonly codeName = 'WriteConflict'
  readonly errorLabels = ['TransientTransactionError']

  constructor() {
    super(
      'WriteConflict error: this operation conflicted with another operation. Please retry your operation.',
    )
    this.name = 'MongoServerError'
  }

  hasErrorLabel(label: string) {
    return this.errorLabels.includes(label)
  }
}

let kindred: Kindred
let standard: Standard
let restore: (() => void) | undefined

/** The next `times` updates of `collection` through the database adapter fail with a write conflict. */
const conflictOnUpdate = (collection: string, times: number) => {
  const db = kindred.payload.db
  const original = db.updateOne
  let left = times
  db.updateOne = async (args) => {
    if (args.collection === collection && left > 0) {
      left -= 1
      throw new WriteConflict()
    }
    return original.call(db, args)
  }
  restore = () => {
    db.updateOne = original
  }
}

beforeAll(async () => {
  kindred = await bootKindred({ ASSESSMENT_STARTS_PER_HOUR: '0' })
  await createStaff(kindred.payload, 'admin')
  standard = await standardAssessment(kindred.payload, { audience: 'couple' })
})
afterEach(() => {
  restore?.()
  restore = undefined
})
afterAll(async () => {
  await kindred.close()
})

const commentsOn = async (article: string) =>
  (
    await kindred.payload.find({
      collection: 'comments',
      overrideAccess: true,
      where: { article: { equals: article } },
    })
  ).docs

describe('a comment and its article count under write conflicts', () => {
  it('stores the comment once and counts it when the count write conflicts twice, then succeeds', async () => {
    const article = await createArticle(kindred.payload)
    const editor = await staffSession(kindred.payload, kindred.request, 'editor')
    conflictOnUpdate('articles', 2)
    const res = await kindred.request
      .post(`/api/articles/${article.slug}/comments`)
      .set('Authorization', editor.auth)
      .send({ body: 'A staff reply that raced another post.' })
    expect(res.status).toBe(201)
    expect(res.body.status).toBe('approved')
    // The two failed runs were rolled back: no second copy of the comment.
    expect((await commentsOn(String(article.id))).map((comment) => comment.id)).toEqual([res.body.id])
    const stored = await kindred.payload.findByID({ collection: 'articles', id: article.id })
    expect(stored.commentCount).toBe(1)
  })

  it('answers 503 with Retry-After, never 500, and stores nothing when every run conflicts', async () => {
    const article = await createArticle(kindred.payload)
    const editor = await staffSession(kindred.payload, kindred.request, 'editor')
    conflictOnUpdate('articles', Number.POSITIVE_INFINITY)
    const res = await kindred.request
      .post(`/api/articles/${article.slug}/comments`)
      .set('Authorization', editor.auth)
      .send({ body: 'A comment that never gets through.' })
    expect(res.status).toBe(503)
    expect(res.headers['retry-after']).toBe('1')
    expect(res.body.errors[0].message).toBe(
      'The database is busy with other changes to the same records. Please try again in a moment.',
    )
    restore?.()
    expect(await commentsOn(String(article.id))).toEqual([])
    const stored = await kindred.payload.findByID({ collection: 'articles', id: article.id })
    expect(stored.commentCount ?? 0).toBe(0)
  })
  it('approves a held comment and counts it when the recount conflicts once', async () => {
    const article = await createArticle(kindred.payload)
    const moderator = await staffSession(kindred.payload, kindred.request, 'moderator')
    const held = await kindred.payload.create({
      collection: 'comments',
      data: {
        article: article.id,
        author: { email: 'held@example.test', name: 'Held' },
        body: 'A comment waiting for a moderator.',
        status: 'pending',
      } as never,
      overrideAccess: true,
    })
    conflictOnUpdate('articles', 1)
    const res = await kindred.request
      .post('/api/comments/moderate')
      .set('Authorization', moderator.auth)
      .send({ action: 'approve', ids: [String(held.id)] })
    expect(res.status).toBe(200)
    expect(res.body.updated).toEqual([String(held.id)])
    const stored = await kindred.payload.findByID({ collection: 'articles', id: article.id })
    expect(stored.commentCount).toBe(1)
  })
})

describe('a couple invitation under write conflicts', () => {
  const submitted = async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    const res = await respond(kindred.request, standard.slug, { answers: {}, submit: false }, reader.auth)
    expect(res.status).toBe(201)
    return { auth: reader.auth, id: res.body.id as string }
  }
  const couplesOf = async (response: string) =>
    (
      await kindred.payload.find({
        collection: 'couples',
        overrideAccess: true,
        where: { partnerA: { equals: response } },
      })
    ).docs

  it('creates one couple, linked to the response, when linking the response conflicts once', async () => {
    const response = await submitted()
    conflictOnUpdate('responses', 1)
    const res = await kindred.request
      .post(`/api/responses/${response.id}/invitation`)
      .set('Authorization', response.auth)
    expect(res.status).toBe(201)
    const couples = await couplesOf(response.id)
    expect(couples.map((couple) => String(couple.id))).toEqual([res.body.couple])
    const stored = await kindred.payload.findByID({ collection: 'responses', id: response.id, depth: 0 })
    expect(String(stored.couple)).toBe(res.body.couple)
  })

  it('answers 503 with Retry-After and leaves no half-made couple when every run conflicts', async () => {
    const response = await submitted()
    conflictOnUpdate('responses', Number.POSITIVE_INFINITY)
    const res = await kindred.request
      .post(`/api/responses/${response.id}/invitation`)
      .set('Authorization', response.auth)
    expect(res.status).toBe(503)
    expect(res.headers['retry-after']).toBe('1')
    restore?.()
    expect(await couplesOf(response.id)).toEqual([])
    const stored = await kindred.payload.findByID({ collection: 'responses', id: response.id, depth: 0 })
    expect(stored.couple ?? null).toBeNull()
  })
})
