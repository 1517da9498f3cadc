import type { RequestHandler } from 'express'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import supertest from 'supertest'

import { staffSession } from './helpers/accounts.js'
import { createArticle, sampleContent } from './helpers/articles.js'
import { bootKindred, type Kindred } from './helpers/bootKindred.js'

let kindred: Kindred
let request: ReturnType<typeof supertest>
let editor: Awaited<ReturnType<typeof staffSession>>
let renders = 0

/**
 * Stands where Next stands in the real host (the site's own pages are driven in tests/browser/siteArticles.test.ts):
 * a page made per request from what an anonymous reader may read, counting its renders so a cached answer shows.
 * A page for a reader with a cookie says so, as the site's account menu does.
 */
const frontend: RequestHandler = async (req, res) => {
  renders += 1
  if (req.path.startsWith('/articles/missing')) {
    res.status(404).type('html').send('<h1>Page not found</h1>')
    return
  }
  const { docs } = await kindred.payload.find({
    collection: 'articles',
    overrideAccess: false,
    sort: 'title',
  })
  const who = req.headers.cookie ? 'signed in' : 'anonymous'
  res.type('html').send(`<h1>${who}</h1><ul>${docs.map((doc) => `<li>${doc.title}</li>`).join('')}</ul>`)
}

beforeAll(async () => {
  kindred = await bootKindred()
  const { createApp } = await import('../src/http/createApp.js')
  // The host as a site node builds it, on the same Payload: its read cache is the one writes clear.
  request = supertest(createApp({ config: kindred.config, frontend, payload: kindred.payload }))
  editor = await staffSession(kindred.payload, request, 'editor')
})
afterAll(async () => {
  await kindred.close()
})

/** Loads `path` twice; answers both responses and how many times the page was rendered for them. */
const loadTwice = async (path: string, headers: Record<string, string> = {}) => {
  const before = renders
  const first = await request.get(path).set(headers)
  const second = await request.get(path).set(headers)
  return { first, rendered: renders - before, second }
}

describe('the reader site page cache', () => {
  it('renders an anonymous page once and answers the next reader with the same HTML and a fresh request id', async () => {
    await createArticle(kindred.payload, { title: 'Cached page article' })
    const { first, rendered, second } = await loadTwice('/?list=1')
    expect([first.status, second.status, rendered]).toEqual([200, 200, 1])
    expect([first.headers['x-page-cache'], second.headers['x-page-cache']]).toEqual(['miss', 'hit'])
    expect(second.text).toBe(first.text)
    expect(second.text).toContain('Cached page article')
    expect(second.headers['content-type']).toBe(first.headers['content-type'])
    expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id'])
  })

  it('shows a publish on the next anonymous load, and an unpublish too: a write clears the pages', async () => {
    await loadTwice('/?list=2')
    const created = await request
      .post('/api/articles')
      .set('Authorization', editor.auth)
      .send({ _status: 'published', content: sampleContent, title: 'Fresh news' })
    expect(created.status).toBe(201)
    const afterPublish = await request.get('/?list=2')
    expect(afterPublish.headers['x-page-cache']).toBe('miss')
    expect(afterPublish.text).toContain('Fresh news')
    expect((await request.get('/?list=2')).headers['x-page-cache']).toBe('hit')
    const unpublished = await request
      .patch(`/api/articles/${created.body.doc.id}`)
      .set('Authorization', editor.auth)
      .send({ _status: 'draft' })
    expect(unpublished.status).toBe(200)
    expect((await request.get('/?list=2')).text).not.toContain('Fresh news')
  })

  it('never answers a request with a cookie from the cache, nor keeps its page (risk: one reader sees another’s page)', async () => {
    await loadTwice('/?list=3')
    const { first, rendered, second } = await loadTwice('/?list=3', { cookie: 'payload-token=whatever' })
    expect(rendered).toBe(2)
    expect([first.headers['x-page-cache'], second.headers['x-page-cache']]).toEqual([undefined, undefined])
    expect(second.text).toContain('signed in')
    expect((await request.get('/?list=3')).text).toContain('anonymous')
  })

  it('never answers a request with an Authorization header from the cache', async () => {
    const { rendered } = await loadTwice('/?list=4', { authorization: editor.auth })
    expect(rendered).toBe(2)
  })

  it('never serves or keeps Next’s RSC requests, which share the page’s URL with another body', async () => {
    const routerHeaders: Record<string, string>[] = [
      { rsc: '1' },
      { 'next-router-state-tree': '%5B%5D' },
      { 'next-router-prefetch': '1' },
    ]
    for (const headers of routerHeaders) {
      const { rendered } = await loadTwice('/?list=5', headers)
      expect([headers, rendered]).toEqual([headers, 2])
    }
    expect((await loadTwice('/?list=5&_rsc=abc')).rendered).toBe(2)
  })

  it('never caches a page that acts when it renders or belongs to one reader (risk: a replayed email confirmation, a leaked result)', async () => {
    for (const path of [
      '/verify?token=abc',
      '/reset-password?token=abc',
      '/responses/1/result?token=abc',
      '/couples/1?response=1&token=abc',
      '/assessments/check-in?invitation=abc',
      '/sign-in',
    ])
      expect([path, (await loadTwice(path)).rendered]).toEqual([path, 2])
    expect((await loadTwice('/articles/some-article?comments=2')).rendered).toBe(1)
  })

  it('never caches the admin panel, a POST or an answer other than 200', async () => {
    expect((await loadTwice('/admin/collections/articles')).rendered).toBe(2)
    expect((await loadTwice('/articles/missing-page')).rendered).toBe(2)
    const before = renders
    await request.post('/?list=6').send('x=1')
    await request.post('/?list=6').send('x=1')
    expect(renders - before).toBe(2)
  })
})
