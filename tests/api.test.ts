import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { staffSession } from './helpers/accounts.js'
import { createArticle, sampleContent } from './helpers/articles.js'
import { bootKindred, type Kindred } from './helpers/bootKindred.js'

let kindred: Kindred
let editor: string

beforeAll(async () => {
  kindred = await bootKindred({ CORS_ORIGINS: 'https://reader.example' })
  editor = (await staffSession(kindred.payload, kindred.request, 'editor')).auth
  await createArticle(kindred.payload, { title: 'Listening Well' })
})
afterAll(async () => {
  await kindred.close()
})

describe('REST through Express', () => {
  it('lists published articles with pagination', async () => {
    const res = await kindred.request.get('/api/articles?limit=10&depth=1')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toMatch(/application\/json/)
    expect(res.body).toMatchObject({ limit: 10, page: 1, totalDocs: 1 })
    expect(res.body.docs[0].title).toBe('Listening Well')
  })

  it('answers HEAD like GET, without a body', async () => {
    const get = await kindred.request.get('/api/articles')
    const head = await kindred.request.head('/api/articles')
    expect(head.status).toBe(200)
    expect(head.headers['content-type']).toBe(get.headers['content-type'])
    expect(head.text ?? '').toBe('')
  })

  it('answers an unknown route under /api with a JSON 404', async () => {
    const res = await kindred.request.get('/api/nothing-here')
    expect(res.status).toBe(404)
  })

  it('sends security headers, and a strict content policy on the API', async () => {
    const res = await kindred.request.get('/api/articles')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['content-security-policy']).toContain("default-src 'none'")
    expect(res.headers['x-powered-by']).toBeUndefined()
  })

  it('allows the origins in CORS_ORIGINS and no others', async () => {
    const allowed = await kindred.request.get('/api/articles').set('Origin', 'https://reader.example')
    expect(allowed.headers['access-control-allow-origin']).toBe('https://reader.example')
    const preflight = await kindred.request
      .options('/api/articles')
      .set('Origin', 'https://reader.example')
      .set('Access-Control-Request-Method', 'POST')
    expect(preflight.status).toBe(200)
    expect(preflight.headers['access-control-allow-methods']).toContain('POST')
    const other = await kindred.request.get('/api/articles').set('Origin', 'https://evil.example')
    expect(other.headers['access-control-allow-origin']).toBeUndefined()
  })
})

describe('GraphQL at /api/graphql', () => {
  it('queries published articles', async () => {
    const res = await kindred.request
      .post('/api/graphql')
      .send({ query: '{ Articles(limit: 5) { totalDocs docs { title slug } } }' })
    expect(res.status).toBe(200)
    expect(res.body.data.Articles.docs).toEqual([{ slug: 'listening-well', title: 'Listening Well' }])
  })

  it('applies the same access rules as REST', async () => {
    await createArticle(kindred.payload, { _status: 'draft', title: 'GraphQL Draft' })
    const anonymous = await kindred.request
      .post('/api/graphql')
      .send({ query: '{ Articles { docs { title } } }' })
    expect(JSON.stringify(anonymous.body)).not.toContain('GraphQL Draft')
    const staff = await kindred.request
      .post('/api/graphql')
      .set('Authorization', editor)
      .send({ query: '{ Articles(draft: true) { docs { title } } }' })
    expect(JSON.stringify(staff.body)).toContain('GraphQL Draft')
  })

  it('creates through a mutation for an editor and refuses it for anonymous', async () => {
    const mutation = {
      query: 'mutation ($data: mutationArticleInput!) { createArticle(data: $data) { id title } }',
      variables: { data: { content: sampleContent, title: 'Made In GraphQL' } },
    }
    const denied = await kindred.request.post('/api/graphql').send(mutation)
    expect(denied.body.errors[0].extensions.statusCode).toBe(403)
    const made = await kindred.request.post('/api/graphql').set('Authorization', editor).send(mutation)
    expect(made.body.data.createArticle.title).toBe('Made In GraphQL')
  })

  it('answers a malformed query with the syntax error, as GraphQL over HTTP specifies', async () => {
    // Legacy JSON clients get 200 with errors; clients of the current media type get 400.
    const legacy = await kindred.request.post('/api/graphql').send({ query: '{ Articles { ' })
    expect(legacy.status).toBe(200)
    expect(legacy.body.errors[0].message).toMatch(/Syntax Error/)
    const current = await kindred.request
      .post('/api/graphql')
      .set('Accept', 'application/graphql-response+json')
      .send({ query: '{ Articles { ' })
    expect(current.status).toBe(400)
  })

  // Risk: one request holding the event loop for seconds (denial of service) before Payload's complexity rule runs.
  it('refuses a document of more tokens than the limit before validating it', async () => {
    const aliases = Array.from({ length: 1200 }, (_, i) => `a${i}: Articles { totalDocs }`).join(' ')
    const res = await kindred.request
      .post('/api/graphql')
      .set('Accept', 'application/graphql-response+json')
      .send({ query: `{ ${aliases} }` })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/Document contains more tha[nt] 5000 tokens/)
  })

  it('refuses a document batching more than 30 root queries, through fragments too', async () => {
    const fields = Array.from({ length: 31 }, (_, i) => `a${i}: Articles { totalDocs }`).join(' ')
    for (const query of [`{ ${fields} }`, `{ ...F } fragment F on Query { ${fields} }`]) {
      const res = await kindred.request
        .post('/api/graphql')
        .set('Accept', 'application/graphql-response+json')
        .send({ query })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].message).toMatch(/asks for 31 root fields.*at most 30/)
    }
    const thirty = Array.from({ length: 30 }, (_, i) => `a${i}: Articles { totalDocs }`).join(' ')
    const allowed = await kindred.request.post('/api/graphql').send({ query: `{ ${thirty} }` })
    expect(allowed.body.data.a29.totalDocs).toBeGreaterThan(0)
  })
})

describe('bad input', () => {
  it('answers malformed JSON with 400', async () => {
    const res = await kindred.request
      .post('/api/articles')
      .set('Authorization', editor)
      .set('Content-Type', 'application/json')
      .send('{"title": "unterminated')
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/invalid json/i)
  })

  it('answers an unknown field with 400 naming it', async () => {
    const res = await kindred.request
      .post('/api/articles')
      .set('Authorization', editor)
      .send({ content: sampleContent, subtitle: 'typo', title: 'Unknown Field' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors).toEqual([
      { message: 'This field does not exist.', path: 'subtitle' },
    ])
  })

  it('names an unknown field inside a group', async () => {
    const res = await kindred.request
      .post('/api/articles')
      .set('Authorization', editor)
      .send({ content: sampleContent, seo: { keywords: 'x' }, title: 'Nested Unknown' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0].path).toBe('seo.keywords')
  })

  it.each([
    ['title', { content: sampleContent, title: 42 }],
    [
      'closeCommentsAfterDays',
      { closeCommentsAfterDays: 'soon', content: sampleContent, title: 'Wrong Type' },
    ],
    ['comments', { comments: 'maybe', content: sampleContent, title: 'Wrong Option' }],
    ['title', { content: sampleContent }],
  ])('answers a wrong or missing %s with 400 naming the field', async (field, body) => {
    const res = await kindred.request.post('/api/articles').set('Authorization', editor).send(body)
    expect(res.status).toBe(400)
    const paths = res.body.errors[0].data.errors.map((error: { path: string }) => error.path)
    expect(paths).toContain(field)
  })

  it('answers a malformed id with 404, not 500', async () => {
    const res = await kindred.request.get('/api/articles/not-a-real-id')
    expect(res.status).toBe(404)
  })

  it('answers a malformed where query with 400, not 500', async () => {
    const res = await kindred.request.get('/api/articles?where[nonexistent][equals]=1')
    expect(res.status).toBeLessThan(500)
    expect(res.status).toBeGreaterThanOrEqual(400)
  })
})
