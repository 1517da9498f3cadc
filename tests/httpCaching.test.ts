import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ConfigError } from '../src/ConfigError.js'
import { etagMatches } from '../src/http/etagMatches.js'
import { httpCacheSettings } from '../src/http/httpCacheSettings.js'
import { cookieSession, readerSession, staffSession } from './helpers/accounts.js'
import { createArticle, sampleContent } from './helpers/articles.js'
import { answerAll, respond, standardAssessment } from './helpers/assessments.js'
import { bootKindred, type Kindred } from './helpers/bootKindred.js'
import { postAsGuest } from './helpers/comments.js'

let kindred: Kindred
let editor: Awaited<ReturnType<typeof staffSession>>

beforeAll(async () => {
  // The read cache off: every answer below is Payload's own, so a 304 is not the cache's doing.
  kindred = await bootKindred({
    API_CACHE_SECONDS: '0',
    ASSESSMENT_STARTS_PER_HOUR: '0',
    HTTP_CACHE_SECONDS: '60',
    HTTP_STALE_SECONDS: '120',
  })
  editor = await staffSession(kindred.payload, kindred.request, 'editor')
})
afterAll(async () => {
  await kindred.close()
})

const list = '/api/articles?limit=100&depth=1&sort=-createdAt'
const shared = 'public, max-age=0, s-maxage=60, stale-while-revalidate=120'

describe('HTTP caching of anonymous public reads', () => {
  it('gives articles, categories, media and comment threads an ETag and a public Cache-Control from the env', async () => {
    const article = await createArticle(kindred.payload, { title: 'Cacheable by a CDN' })
    const category = await kindred.payload.create({
      collection: 'categories',
      data: { title: 'Cacheable category' } as never,
      overrideAccess: true,
    })
    for (const path of [
      list,
      `/api/articles/${article.id}`,
      `/api/categories/${category.id}`,
      '/api/media?limit=5',
      `/api/articles/${article.slug}/comments`,
    ]) {
      const res = await kindred.request.get(path)
      expect([path, res.status]).toEqual([path, 200])
      expect([path, res.headers['cache-control']]).toEqual([path, shared])
      expect(res.headers.etag).toMatch(/^"[\w-]{27}"$/)
      expect(res.headers.vary).toMatch(/Origin, Authorization, Cookie/)
    }
  })

  it('dates a document by its newest updatedAt (Last-Modified), and a list by its newest document', async () => {
    const article = await createArticle(kindred.payload, { title: 'Dated' })
    const one = await kindred.request.get(`/api/articles/${article.id}?depth=0`)
    expect(one.headers['last-modified']).toBe(new Date(article.updatedAt).toUTCString())
    const page = await kindred.request.get(list)
    const newest = Math.max(...page.body.docs.map((doc: { updatedAt: string }) => Date.parse(doc.updatedAt)))
    expect(page.headers['last-modified']).toBe(new Date(newest).toUTCString())
  })

  it('answers a matching If-None-Match with 304 and no body, and HEAD alike', async () => {
    const article = await createArticle(kindred.payload, { title: 'Revalidated' })
    const path = `/api/articles/${article.id}`
    const first = await kindred.request.get(path)
    const again = await kindred.request.get(path).set('If-None-Match', first.headers.etag)
    expect(again.status).toBe(304)
    expect(again.text ?? '').toBe('')
    expect(again.headers.etag).toBe(first.headers.etag)
    expect(again.headers['cache-control']).toBe(shared)
    // Weak comparison (RFC 9110): a proxy that compressed the answer sends the tag back weakened.
    const weak = await kindred.request.get(path).set('If-None-Match', `"other", W/${first.headers.etag}`)
    expect(weak.status).toBe(304)
    const head = await kindred.request.head(path).set('If-None-Match', first.headers.etag)
    expect(head.status).toBe(304)
    const stale = await kindred.request.get(path).set('If-None-Match', '"not-this-one"')
    expect(stale.status).toBe(200)
    expect(stale.body.title).toBe('Revalidated')
  })

  it('changes the ETag when an editor publishes, so a CDN or browser holding the old list gets the new one', async () => {
    const before = await kindred.request.get(list)
    const published = await kindred.request
      .post('/api/articles')
      .set('Authorization', editor.auth)
      .send({ _status: 'published', content: sampleContent, title: 'Just published' })
    expect(published.status).toBe(201)
    const after = await kindred.request.get(list).set('If-None-Match', before.headers.etag)
    expect(after.status).toBe(200)
    expect(after.headers.etag).not.toBe(before.headers.etag)
    expect(after.body.docs.map((doc: { title: string }) => doc.title)).toContain('Just published')
  })

  it('changes a thread’s ETag when a comment is approved', async () => {
    const article = await createArticle(kindred.payload, { title: 'Talked about' })
    const thread = `/api/articles/${article.slug}/comments`
    const before = await kindred.request.get(thread)
    const posted = await postAsGuest(kindred.request, article.slug!, { body: 'A kind word for both of you.' })
    expect(posted.status).toBe(201)
    await kindred.payload.update({
      collection: 'comments',
      data: { status: 'approved' } as never,
      id: posted.body.id,
      overrideAccess: true,
    })
    const after = await kindred.request.get(thread).set('If-None-Match', before.headers.etag)
    expect(after.status).toBe(200)
    expect(after.body.comments.map((comment: { body: string }) => comment.body)).toEqual([
      'A kind word for both of you.',
    ])
  })

  it('keeps errors and unpublished articles out of shared caches', async () => {
    const draft = await createArticle(kindred.payload, { _status: 'draft', title: 'Not yet' })
    const missing = await kindred.request.get(`/api/articles/${draft.id}`)
    expect(missing.status).toBe(404)
    expect(missing.headers['cache-control']).toBe('private, no-store')
    expect(missing.headers.etag).toBeUndefined()
    const invalid = await kindred.request.get('/api/articles?where[nope][equals]=1')
    expect(invalid.status).toBe(400)
    expect(invalid.headers['cache-control']).toBe('private, no-store')
  })
})

describe('risk: a signed-in answer stored by a CDN or browser and shown to someone else', () => {
  it('never gives a signed-in read (token or cookie) a public Cache-Control, an ETag or a 304', async () => {
    const draft = await createArticle(kindred.payload, { _status: 'draft', title: 'Editor only' })
    const anonymous = await kindred.request.get(list)
    const asEditor = await kindred.request
      .get(list)
      .set('Authorization', editor.auth)
      .set('If-None-Match', anonymous.headers.etag)
    expect(asEditor.status).toBe(200)
    expect(asEditor.headers['cache-control']).toBe('private, no-store')
    expect(asEditor.headers.etag).toBeUndefined()
    expect(asEditor.body.docs.map((doc: { title: string }) => doc.title)).toContain(draft.title)

    const session = await cookieSession(kindred.request, 'users', editor.email)
    const withCookie = await kindred.request
      .get(`/api/articles/${draft.id}`)
      .set('Cookie', session.cookie)
      .set('If-None-Match', '*')
    expect(withCookie.status).toBe(200)
    expect(withCookie.headers['cache-control']).toBe('private, no-store')
    expect(withCookie.headers.etag).toBeUndefined()
  })

  it('never lets a reader’s own data be kept: their account, their thread with a pending comment (session or author token), a result link', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    const me = await kindred.request.get('/api/readers/me').set('Authorization', reader.auth)
    expect(me.body.user.email).toBe(reader.email)
    expect(me.headers['cache-control']).toBe('private, no-store')
    expect(me.headers.etag).toBeUndefined()

    const article = await createArticle(kindred.payload, { title: 'Pending beneath' })
    const thread = `/api/articles/${article.slug}/comments`
    const posted = await kindred.request
      .post(thread)
      .set('Authorization', reader.auth)
      .send({ body: 'Only I see this until it is approved.' })
    expect(posted.body.status).toBe('pending')
    const own = await kindred.request.get(thread).set('Authorization', reader.auth)
    expect(own.body.comments[0].pending).toBe(true)
    expect(own.headers['cache-control']).toBe('private, no-store')
    expect(own.headers.etag).toBeUndefined()

    // A guest has no session: their comment author token is what makes the thread theirs.
    const guest = await postAsGuest(kindred.request, article.slug!, { body: 'Held, and mine alone to see.' })
    expect(guest.body.status).toBe('pending')
    const anonymousThread = await kindred.request.get(thread)
    expect(anonymousThread.headers.vary).toMatch(/X-Comment-Token/)
    const guestThread = await kindred.request
      .get(thread)
      .set('X-Comment-Token', guest.body.authorToken)
      .set('If-None-Match', anonymousThread.headers.etag)
    expect(guestThread.status).toBe(200)
    expect(guestThread.body.comments.map((comment: { id: string }) => comment.id)).toContain(guest.body.id)
    expect(guestThread.headers['cache-control']).toBe('private, no-store')
    expect(guestThread.headers.etag).toBeUndefined()

    // Anonymous, yet private: whoever holds the link sees the result, and no cache may keep it.
    const standard = await standardAssessment(kindred.payload)
    const submitted = await respond(kindred.request, standard.slug, { answers: answerAll(standard, 4) })
    expect(submitted.status).toBe(201)
    const result = await kindred.request.get(
      `/api/responses/${submitted.body.id}/result?token=${submitted.body.token}`,
    )
    expect(result.status).toBe(200)
    expect(result.headers['cache-control']).toBe('private, no-store')
    expect(result.headers.etag).toBeUndefined()
  })
})

describe('the HTTP cache settings', () => {
  it('default to 5 s for shared caches and 30 s stale while revalidating', () => {
    expect(httpCacheSettings({})).toEqual({ sharedSeconds: 5, staleSeconds: 30 })
    expect(httpCacheSettings({ HTTP_CACHE_SECONDS: '0', HTTP_STALE_SECONDS: ' 600 ' })).toEqual({
      sharedSeconds: 0,
      staleSeconds: 600,
    })
  })

  it('stop the start on garbage with a message naming the variable', () => {
    for (const [name, value] of [
      ['HTTP_CACHE_SECONDS', 'five'],
      ['HTTP_CACHE_SECONDS', '-1'],
      ['HTTP_STALE_SECONDS', '1.5'],
      ['HTTP_STALE_SECONDS', '99999999999'],
    ]) {
      expect(() => httpCacheSettings({ [name]: value })).toThrow(ConfigError)
      expect(() => httpCacheSettings({ [name]: value })).toThrow(`${name} must be a whole number of seconds`)
    }
  })

  it('compare ETags weakly, as If-None-Match requires', () => {
    expect(etagMatches('"a"', '"a"')).toBe(true)
    expect(etagMatches('W/"a"', '"a"')).toBe(true)
    expect(etagMatches('"b", "a"', '"a"')).toBe(true)
    expect(etagMatches('*', '"a"')).toBe(true)
    expect(etagMatches('"b"', '"a"')).toBe(false)
    expect(etagMatches(undefined, '"a"')).toBe(false)
  })
})
