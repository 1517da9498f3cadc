import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { login, readerSession, staffSession } from './helpers/accounts.js'
import { createArticle } from './helpers/articles.js'
import { bootKindred, type Kindred } from './helpers/bootKindred.js'

let kindred: Kindred
let editor: Awaited<ReturnType<typeof staffSession>>

beforeAll(async () => {
  kindred = await bootKindred({ CORS_ORIGINS: 'https://one.example,https://two.example' })
  editor = await staffSession(kindred.payload, kindred.request, 'editor')
})
afterAll(async () => {
  await kindred.close()
})

const list = '/api/articles?limit=100&depth=1&sort=-createdAt'
const titles = (body: { docs: { title: string }[] }) => body.docs.map((doc) => doc.title)

describe('the anonymous read cache', () => {
  it('answers a repeated anonymous read from the cache, with the same body and headers', async () => {
    await createArticle(kindred.payload, { title: 'Cached once' })
    const first = await kindred.request.get(list)
    const second = await kindred.request.get(list)
    expect([first.status, second.status]).toEqual([200, 200])
    expect([first.headers['x-cache'], second.headers['x-cache']]).toEqual(['miss', 'hit'])
    expect(second.body).toEqual(first.body)
    expect(second.headers['content-type']).toBe(first.headers['content-type'])
    expect(second.headers['content-security-policy']).toBe(first.headers['content-security-policy'])
    const head = await kindred.request.head(list)
    expect(head.status).toBe(200)
    expect(head.headers['x-cache']).toBe('hit')
  })

  it('answers a matching If-None-Match from the cache with 304, as Payload would', async () => {
    await createArticle(kindred.payload, { title: 'Revalidated from memory' })
    const first = await kindred.request.get(list)
    const hit = await kindred.request.get(list).set('If-None-Match', first.headers.etag)
    expect(hit.headers['x-cache']).toBe('hit')
    expect(hit.status).toBe(304)
    expect(hit.headers.etag).toBe(first.headers.etag)
    expect(hit.headers['cache-control']).toBe(first.headers['cache-control'])
    const changed = await kindred.request.get(list).set('If-None-Match', '"something else"')
    expect([changed.status, changed.headers['x-cache']]).toEqual([200, 'hit'])
  })

  it('never serves a signed-in reader or editor from it: an editor sees drafts the cached list hides', async () => {
    const draft = await createArticle(kindred.payload, { _status: 'draft', title: 'Draft behind the cache' })
    await kindred.request.get(list)
    const anonymous = await kindred.request.get(list)
    expect(anonymous.headers['x-cache']).toBe('hit')
    expect(titles(anonymous.body)).not.toContain(draft.title)
    const asEditor = await kindred.request.get(list).set('Authorization', editor.auth)
    expect(asEditor.headers['x-cache']).toBeUndefined()
    expect(titles(asEditor.body)).toContain(draft.title)
    const cookie = `payload-token=${await login(kindred.request, 'users', editor.email)}`
    // A browser on an allowed origin, as Payload's CSRF check wants for cookie sessions.
    await kindred.request.get(list).set('Origin', 'https://one.example')
    const withCookie = await kindred.request
      .get(list)
      .set('Cookie', cookie)
      .set('Origin', 'https://one.example')
    expect(withCookie.headers['x-cache']).toBeUndefined()
    expect(titles(withCookie.body)).toContain(draft.title)
  })

  it('is cleared by a write through the API, so the next anonymous read sees it', async () => {
    const article = await createArticle(kindred.payload, { title: 'Before the edit' })
    expect(titles((await kindred.request.get(list)).body)).toContain('Before the edit')
    expect((await kindred.request.get(list)).headers['x-cache']).toBe('hit')
    const edit = await kindred.request
      .patch(`/api/articles/${article.id}`)
      .set('Authorization', editor.auth)
      .send({ title: 'After the edit' })
    expect(edit.status).toBe(200)
    const after = await kindred.request.get(list)
    expect(after.headers['x-cache']).toBe('miss')
    expect(titles(after.body)).toContain('After the edit')
    expect(titles(after.body)).not.toContain('Before the edit')
  })

  it('is cleared by a Local API write, and by a write to a document the article embeds', async () => {
    const category = await kindred.payload.create({
      collection: 'categories',
      data: { title: 'Trust' } as never,
      overrideAccess: true,
    })
    const article = await createArticle(kindred.payload, { title: 'With a category' })
    await kindred.payload.update({
      collection: 'articles',
      data: { categories: [category.id] } as never,
      id: article.id,
      overrideAccess: true,
    })
    const read = async () =>
      (await kindred.request.get(`/api/articles/${article.id}?depth=1`)).body.categories[0].title
    expect(await read()).toBe('Trust')
    await kindred.payload.update({
      collection: 'categories',
      data: { title: 'Trust and repair' } as never,
      id: category.id,
      overrideAccess: true,
    })
    expect(await read()).toBe('Trust and repair')
  })

  it('keeps one entry per origin, so each browser origin gets its own CORS answer', async () => {
    const one = await kindred.request.get(list).set('Origin', 'https://one.example')
    const two = await kindred.request.get(list).set('Origin', 'https://two.example')
    const twoAgain = await kindred.request.get(list).set('Origin', 'https://two.example')
    expect(one.headers['access-control-allow-origin']).toBe('https://one.example')
    expect(two.headers['access-control-allow-origin']).toBe('https://two.example')
    expect(twoAgain.headers['x-cache']).toBe('hit')
    expect(twoAgain.headers['access-control-allow-origin']).toBe('https://two.example')
  })

  it('caches an anonymous thread until a comment changes; a signed-in reader sees their pending one', async () => {
    const article = await createArticle(kindred.payload, { title: 'Threads stay fresh' })
    const thread = `/api/articles/${article.id}/comments`
    const bodies = async (res: { body: { comments: { body: string }[] } }) =>
      res.body.comments.map((comment) => comment.body)
    expect((await kindred.request.get(thread)).headers['x-cache']).toBe('miss')
    expect((await kindred.request.get(thread)).headers['x-cache']).toBe('hit')

    const reader = await readerSession(kindred.payload, kindred.request)
    const posted = await kindred.request
      .post(thread)
      .set('Authorization', reader.auth)
      .send({ body: 'Waiting for a moderator.' })
    expect(posted.body.status).toBe('pending')
    const own = await kindred.request.get(thread).set('Authorization', reader.auth)
    expect(own.headers['x-cache']).toBeUndefined()
    expect(await bodies(own)).toEqual(['Waiting for a moderator.'])
    const anonymous = await kindred.request.get(thread)
    expect(await bodies(anonymous)).toEqual([])
    expect((await kindred.request.get(thread)).headers['x-cache']).toBe('hit')

    // A moderator approves it (here through the Local API): the next anonymous read shows it.
    await kindred.payload.update({
      collection: 'comments',
      data: { status: 'approved' } as never,
      id: posted.body.id,
      overrideAccess: true,
    })
    const approved = await kindred.request.get(thread)
    expect(approved.headers['x-cache']).toBe('miss')
    expect(await bodies(approved)).toEqual(['Waiting for a moderator.'])
  })

  it('leaves error answers alone', async () => {
    await kindred.request.get('/api/articles/no-such-id')
    const missing = await kindred.request.get('/api/articles/no-such-id')
    expect(missing.status).toBe(404)
    expect(missing.headers['x-cache']).toBeUndefined()
  })
})
