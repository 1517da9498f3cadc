import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { readerSession, staffSession } from '../helpers/accounts.js'
import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { auditOf, givePastComments, newGuest, postAsGuest, storedComment } from '../helpers/comments.js'

let kindred: Kindred
let slug: string
let articleID: string

beforeAll(async () => {
  kindred = await bootKindred()
  const article = await createArticle(kindred.payload, { title: 'Comments Welcome' })
  slug = article.slug as string
  articleID = String(article.id)
})
afterAll(async () => {
  await kindred.close()
})

const thread = (auth?: string) => {
  const req = kindred.request.get(`/api/articles/${slug}/comments`)
  return auth ? req.set('Authorization', auth) : req
}

describe('posting a comment', () => {
  it('holds a first-time guest’s comment for moderation, without saying which rule held it', async () => {
    const res = await postAsGuest(kindred.request, slug, { body: 'Leaving a first comment here.' })
    expect(res.status).toBe(201)
    expect(res.body).toEqual({
      authorToken: expect.stringMatching(/^[\w-]+\.[\w-]{43}$/),
      id: expect.any(String),
      message: 'Your comment is awaiting moderation.',
      status: 'pending',
    })
    const stored = await storedComment(kindred.payload, res.body.id)
    expect(stored.moderation?.reasons).toEqual([
      expect.objectContaining({
        code: 'new-commenter',
        details: { approved: 0, required: 2 },
        step: 'trust',
      }),
    ])
    expect(stored.moderation?.ipFingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(stored)).not.toContain('10.0.')
    const audit = await auditOf(kindred.payload, res.body.id)
    expect(audit.map((entry) => [entry.action, entry.actor, entry.toStatus])).toEqual([
      ['posted', 'rule', 'pending'],
    ])
  })

  it('publishes a trusted reader’s comment at once and counts it on the article', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    const moderator = (await staffSession(kindred.payload, kindred.request, 'moderator')).auth
    await givePastComments(kindred, { article: slug, moderator, reader: reader.auth }, [
      'approved',
      'approved',
    ])
    const res = await kindred.request
      .post(`/api/articles/${slug}/comments`)
      .set('Authorization', reader.auth)
      .set('X-Forwarded-For', newGuest().address)
      .send({ body: 'Our third year has been our best.' })
    expect(res.status).toBe(201)
    expect(res.body.status).toBe('approved')
    expect(res.body.message).toBe('Your comment has been published.')
    const article = await kindred.payload.findByID({ collection: 'articles', id: articleID })
    expect(article.commentCount).toBe(3)
  })

  it('answers a reply to a comment on the same article, and refuses a parent elsewhere', async () => {
    const editor = await staffSession(kindred.payload, kindred.request, 'editor')
    const root = await kindred.request
      .post(`/api/articles/${slug}/comments`)
      .set('Authorization', editor.auth)
      .send({ body: 'A note from the editors.' })
    expect(root.body.status).toBe('approved')
    const reply = await kindred.request
      .post(`/api/articles/${slug}/comments`)
      .set('Authorization', editor.auth)
      .send({ body: 'And a follow-up.', parent: root.body.id })
    expect(reply.status).toBe(201)
    const other = await createArticle(kindred.payload, { title: 'Elsewhere' })
    const wrong = await kindred.request
      .post(`/api/articles/${other.slug}/comments`)
      .set('Authorization', editor.auth)
      .send({ body: 'Misplaced reply.', parent: root.body.id })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0].data.errors[0].path).toBe('parent')
  })
})

describe('bad input', () => {
  it.each([
    ['body', {}],
    ['body', { body: 42 }],
    ['parent', { body: 'Reply to nothing.', parent: 'no-such-comment' }],
    ['colour', { body: 'With an unknown field.', colour: 'blue' }],
  ])('answers 400 naming %s', async (field, body) => {
    const res = await postAsGuest(kindred.request, slug, body)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors.map((error: { path: string }) => error.path)).toContain(field)
  })

  it('requires a guest’s name and email', async () => {
    const res = await kindred.request.post(`/api/articles/${slug}/comments`).send({ body: 'Who am I?' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors.map((error: { path: string }) => error.path)).toEqual([
      'author.name',
      'author.email',
    ])
  })

  it('answers malformed JSON with 400', async () => {
    const res = await kindred.request
      .post(`/api/articles/${slug}/comments`)
      .set('Content-Type', 'application/json')
      .send('{"body": ')
    expect(res.status).toBe(400)
  })

  it('answers 404 for an unknown article, and for a draft one', async () => {
    expect((await postAsGuest(kindred.request, 'no-such-article', { body: 'Hello there.' })).status).toBe(404)
    const draft = await createArticle(kindred.payload, { _status: 'draft', title: 'Unpublished' })
    expect((await postAsGuest(kindred.request, String(draft.id), { body: 'Hello there.' })).status).toBe(404)
    expect((await kindred.request.get(`/api/articles/${draft.id}/comments`)).status).toBe(404)
  })
})

describe('reading a thread', () => {
  it('shows approved comments with their replies, and never emails, fingerprints or moderation records', async () => {
    const res = await thread()
    expect(res.status).toBe(200)
    const text = JSON.stringify(res.body)
    expect(text).not.toMatch(/@example\.test|fingerprint|moderation|reasons|10\.0\./)
    expect(text).not.toContain('Leaving a first comment here.')
    const editorNote = res.body.comments.find(
      (comment: { body: string }) => comment.body === 'A note from the editors.',
    )
    expect(editorNote.author.isStaff).toBe(true)
    expect(editorNote.replies.map((reply: { body: string }) => reply.body)).toEqual(['And a follow-up.'])
    expect(res.body.totalComments).toBe(5)
  })

  it('shows a reader their own pending comment, marked pending, and nobody else', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    const posted = await kindred.request
      .post(`/api/articles/${slug}/comments`)
      .set('Authorization', reader.auth)
      .set('X-Forwarded-For', newGuest().address)
      .send({ body: 'Mine, still waiting.' })
    expect(posted.body.status).toBe('pending')
    const mine = await thread(reader.auth)
    const own = mine.body.comments.find((comment: { id: string }) => comment.id === posted.body.id)
    expect(own).toMatchObject({ body: 'Mine, still waiting.', pending: true })
    const other = await readerSession(kindred.payload, kindred.request)
    expect(JSON.stringify((await thread(other.auth)).body)).not.toContain('Mine, still waiting.')
    expect(JSON.stringify((await thread()).body)).not.toContain('Mine, still waiting.')
  })

  it('paginates by top-level comment', async () => {
    const res = await kindred.request.get(`/api/articles/${slug}/comments?limit=1&page=2&sort=newest`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ limit: 1, page: 2 })
    expect(res.body.comments).toHaveLength(1)
    expect(res.body.totalThreads).toBeGreaterThanOrEqual(2)
    expect((await kindred.request.get(`/api/articles/${slug}/comments?limit=1000`)).status).toBe(400)
  })

  it('counts the threads alike whether the first page has room to spare, is full, or is a later one', async () => {
    const article = await createArticle(kindred.payload, { title: 'Three threads' })
    for (const body of ['First thread.', 'Second thread.', 'Third thread.']) {
      const { id } = (await postAsGuest(kindred.request, article.slug as string, { body })).body
      await kindred.payload.update({
        collection: 'comments',
        data: { status: 'approved' } as never,
        id,
        overrideAccess: true,
      })
    }
    const page = async (query: string) =>
      (await kindred.request.get(`/api/articles/${article.slug}/comments?${query}`)).body
    const shape = (body: Record<string, unknown> & { comments: { body: string }[] }) => ({
      bodies: body.comments.map((comment) => comment.body),
      hasNextPage: body.hasNextPage,
      page: body.page,
      totalPages: body.totalPages,
      totalThreads: body.totalThreads,
    })
    expect(shape(await page('limit=5'))).toEqual({
      bodies: ['First thread.', 'Second thread.', 'Third thread.'],
      hasNextPage: false,
      page: 1,
      totalPages: 1,
      totalThreads: 3,
    })
    expect(shape(await page('limit=3'))).toMatchObject({ hasNextPage: false, totalPages: 1, totalThreads: 3 })
    expect(shape(await page('limit=2'))).toEqual({
      bodies: ['First thread.', 'Second thread.'],
      hasNextPage: true,
      page: 1,
      totalPages: 2,
      totalThreads: 3,
    })
    expect(shape(await page('limit=2&page=2'))).toEqual({
      bodies: ['Third thread.'],
      hasNextPage: false,
      page: 2,
      totalPages: 2,
      totalThreads: 3,
    })
    const empty = await createArticle(kindred.payload, { title: 'No threads yet' })
    expect(shape((await kindred.request.get(`/api/articles/${empty.slug}/comments`)).body)).toEqual({
      bodies: [],
      hasNextPage: false,
      page: 1,
      totalPages: 1,
      totalThreads: 0,
    })
  })
})
