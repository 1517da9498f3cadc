import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { staffSession } from './helpers/accounts.js'
import { createArticle, sampleContent } from './helpers/articles.js'
import { bootKindred, type Kindred } from './helpers/bootKindred.js'

let kindred: Kindred
let editor: string

beforeAll(async () => {
  kindred = await bootKindred()
  editor = (await staffSession(kindred.payload, kindred.request, 'editor')).auth
})
afterAll(async () => {
  await kindred.close()
})

const publicSlugs = async (): Promise<string[]> => {
  const res = await kindred.request.get('/api/articles?limit=100&depth=0')
  expect(res.status).toBe(200)
  return res.body.docs.map((doc: { slug: string }) => doc.slug)
}

describe('slugs', () => {
  it('derives the slug from the title, folding accents and punctuation', async () => {
    const res = await kindred.request
      .post('/api/articles')
      .set('Authorization', editor)
      .send({ content: sampleContent, title: 'Help! We Want More Émotional Intimacy' })
    expect(res.status).toBe(201)
    expect(res.body.doc.slug).toBe('help-we-want-more-emotional-intimacy')
  })

  it('counts up a derived slug that is taken', async () => {
    const first = await createArticle(kindred.payload, { title: 'Same Title' })
    const second = await createArticle(kindred.payload, { title: 'Same Title' })
    const third = await createArticle(kindred.payload, { title: 'Same Title' })
    expect([first.slug, second.slug, third.slug]).toEqual(['same-title', 'same-title-2', 'same-title-3'])
  })

  it('keeps an edited slug and normalises it', async () => {
    const article = await createArticle(kindred.payload, { title: 'Editable' })
    const res = await kindred.request
      .patch(`/api/articles/${article.id}`)
      .set('Authorization', editor)
      .send({ slug: 'My Custom URL' })
    expect(res.status).toBe(200)
    expect(res.body.doc.slug).toBe('my-custom-url')
  })

  it('refuses a hand-typed slug that is taken with 400 naming the field', async () => {
    await createArticle(kindred.payload, { slug: 'taken-slug', title: 'Owner' })
    const res = await kindred.request
      .post('/api/articles')
      .set('Authorization', editor)
      .send({ content: sampleContent, slug: 'taken-slug', title: 'Intruder' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('slug')
  })
})

describe('drafts, versions and scheduling', () => {
  it('keeps a draft invisible to the public, even when asked for drafts', async () => {
    const draft = await createArticle(kindred.payload, { _status: 'draft', title: 'Secret Draft' })
    expect(await publicSlugs()).not.toContain(draft.slug)
    expect((await kindred.request.get(`/api/articles/${draft.id}`)).status).toBe(404)
    const asDraft = await kindred.request.get('/api/articles?draft=true&limit=100')
    expect(JSON.stringify(asDraft.body)).not.toContain('Secret Draft')
    const staffView = await kindred.request.get(`/api/articles/${draft.id}`).set('Authorization', editor)
    expect(staffView.status).toBe(200)
  })

  it('shows a published article to the public', async () => {
    const article = await createArticle(kindred.payload, { title: 'Out Now' })
    expect(await publicSlugs()).toContain(article.slug)
    expect(article.publishedAt).toBeTruthy()
  })

  it('keeps a scheduled article hidden until its publishedAt has come', async () => {
    const future = new Date(Date.now() + 24 * 3600 * 1000).toISOString()
    const past = new Date(Date.now() - 60 * 1000).toISOString()
    const scheduled = await createArticle(kindred.payload, { publishedAt: future, title: 'Tomorrow' })
    expect(await publicSlugs()).not.toContain(scheduled.slug)
    expect((await kindred.request.get(`/api/articles/${scheduled.id}`)).status).toBe(404)
    // Time passes: the same article with a date now in the past is public without any job running.
    await kindred.payload.update({ collection: 'articles', data: { publishedAt: past }, id: scheduled.id })
    expect(await publicSlugs()).toContain(scheduled.slug)
  })

  it('keeps the published text public while a newer draft is being edited', async () => {
    const article = await createArticle(kindred.payload, { title: 'Live Text' })
    const res = await kindred.request
      .patch(`/api/articles/${article.id}?draft=true`)
      .set('Authorization', editor)
      .send({ title: 'Unfinished Rewrite' })
    expect(res.status).toBe(200)
    const publicView = await kindred.request.get(`/api/articles/${article.id}`)
    expect(publicView.body.title).toBe('Live Text')
    const editorView = await kindred.request
      .get(`/api/articles/${article.id}?draft=true`)
      .set('Authorization', editor)
    expect(editorView.body.title).toBe('Unfinished Rewrite')
  })

  it('records versions that editors can list and the public cannot', async () => {
    const article = await createArticle(kindred.payload, { title: 'Versioned' })
    await kindred.request
      .patch(`/api/articles/${article.id}`)
      .set('Authorization', editor)
      .send({ title: 'Versioned 2' })
    const versions = await kindred.request
      .get(`/api/articles/versions?where[parent][equals]=${article.id}`)
      .set('Authorization', editor)
    expect(versions.status).toBe(200)
    expect(versions.body.totalDocs).toBeGreaterThanOrEqual(2)
    const titles = versions.body.docs.map((doc: { version: { title: string } }) => doc.version.title)
    expect(titles).toEqual(expect.arrayContaining(['Versioned', 'Versioned 2']))
    const denied = await kindred.request.get(`/api/articles/versions?where[parent][equals]=${article.id}`)
    expect(denied.status).toBe(403)
  })
})

describe('authors', () => {
  it('shows author names to the public without exposing staff accounts', async () => {
    const { user } = await staffSession(kindred.payload, kindred.request, 'editor')
    const article = await kindred.payload.create({
      collection: 'articles',
      data: {
        _status: 'published',
        authors: [user.id],
        content: sampleContent,
        title: 'With Author',
      } as never,
    })
    const res = await kindred.request.get(`/api/articles/${article.id}?depth=1`)
    expect(res.status).toBe(200)
    expect(res.body.populatedAuthors).toEqual([{ id: user.id, name: user.name }])
    expect(JSON.stringify(res.body)).not.toContain(user.email)
  })
  it('credits an article created without authors to the staff member creating it', async () => {
    const { auth, user } = await staffSession(kindred.payload, kindred.request, 'editor')
    const created = await kindred.request
      .post('/api/articles')
      .set('Authorization', auth)
      .send({ _status: 'published', content: sampleContent, title: 'Nobody Named' })
    expect(created.status).toBe(201)
    const res = await kindred.request.get(`/api/articles/${created.body.doc.id}`)
    expect(res.body.populatedAuthors).toEqual([{ id: user.id, name: user.name }])
  })

  it('keeps the authors an editor names instead of crediting the creator', async () => {
    const named = await staffSession(kindred.payload, kindred.request, 'editor')
    const created = await kindred.request
      .post('/api/articles')
      .set('Authorization', editor)
      .send({ _status: 'published', authors: [named.user.id], content: sampleContent, title: 'Named Author' })
    expect(created.status).toBe(201)
    const res = await kindred.request.get(`/api/articles/${created.body.doc.id}`)
    expect(res.body.populatedAuthors).toEqual([{ id: named.user.id, name: named.user.name }])
  })
})
