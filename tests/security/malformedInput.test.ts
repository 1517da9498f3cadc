import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { staffSession } from '../helpers/accounts.js'
import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'

/**
 * Risk: malformed requests answered with a 500 — a bug signal an attacker can
 * trigger at will, which hides real failures and fills the error log — or,
 * worse, accepted and silently dropped. Each is a 4xx naming the problem.
 */

let kindred: Kindred
let admin: string
let articleID: string
let slug: string

beforeAll(async () => {
  kindred = await bootKindred()
  admin = (await staffSession(kindred.payload, kindred.request, 'admin')).auth
  const article = await createArticle(kindred.payload, { title: 'Malformed input article' })
  articleID = String(article.id)
  slug = String(article.slug)
})
afterAll(async () => {
  await kindred.close()
})

const multipart = 'multipart/form-data; boundary=zz'
const messageOf = (body: { errors?: { message?: string }[] }) => body.errors?.[0]?.message

describe('malformed multipart bodies', () => {
  it.each([
    ['a collection create', () => `/api/articles`, true],
    ['staff login', () => '/api/users/login', false],
    ['reader login', () => '/api/readers/login', false],
    ['GraphQL', () => '/api/graphql', false],
    ['a custom endpoint (posting a comment)', () => `/api/articles/${slug}/comments`, false],
  ])('a JSON body sent as multipart to %s is a 400', async (_name, url, asAdmin) => {
    const req = kindred.request.post(url()).set('Content-Type', multipart)
    const res = await (asAdmin ? req.set('Authorization', admin) : req).send('{"title":"x"}')
    expect(res.status).toBe(400)
    expect(messageOf(res.body)).toBe('Malformed multipart body: Unexpected end of form.')
  })

  it('a part with a malformed header, a bad _payload and a missing boundary are 400s naming the problem', async () => {
    const post = (contentType: string, body: string) =>
      kindred.request
        .post('/api/articles')
        .set('Authorization', admin)
        .set('Content-Type', contentType)
        .send(body)
    const badHeader = await post(multipart, '--zz\r\nGarbage\r\n\r\nx\r\n--zz--\r\n')
    expect([badHeader.status, messageOf(badHeader.body)]).toEqual([
      400,
      'Malformed multipart body: Malformed part header.',
    ])
    const badPayload = await post(
      multipart,
      '--zz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{bad\r\n--zz--\r\n',
    )
    expect(badPayload.status).toBe(400)
    expect(messageOf(badPayload.body)).toMatch(/_payload field is not valid JSON/)
    const noBoundary = await post('multipart/form-data', 'x')
    expect([noBoundary.status, messageOf(noBoundary.body)]).toEqual([
      400,
      'Malformed multipart body: no boundary in the Content-Type.',
    ])
  })

  // Risk: busboy fails the cut-off file's own stream too, an uncaught error that stopped the process.
  it('a body cut off inside a file part is a 400, and the process carries on', async () => {
    const cutOff =
      '--zz\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\nabc'
    for (const url of ['/api/media', `/api/articles/${slug}/comments`]) {
      const res = await kindred.request
        .post(url)
        .set('Authorization', admin)
        .set('Content-Type', multipart)
        .send(cutOff)
      expect([res.status, messageOf(res.body)]).toEqual([
        400,
        'Malformed multipart body: Unexpected end of form.',
      ])
    }
    expect((await kindred.request.get('/healthz')).status).toBe(200)
  })

  it('a well-formed multipart write still works', async () => {
    const body =
      '--zz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"title":"Renamed through multipart"}\r\n--zz--\r\n'
    const res = await kindred.request
      .patch(`/api/articles/${articleID}`)
      .set('Authorization', admin)
      .set('Content-Type', multipart)
      .send(body)
    expect(res.status).toBe(200)
    expect(res.body.doc.title).toBe('Renamed through multipart')
  })
})

describe('paths with invalid percent-encoding', () => {
  it.each(['/api/responses/%C0%AE/result', '/api/articles/%C0%AE', '/api/articles/%E0%A4%A'])(
    '%s is a 400',
    async (url) => {
      const res = await kindred.request.get(url)
      expect(res.status).toBe(400)
      expect(messageOf(res.body)).toMatch(/percent-encoded/)
    },
  )
})

describe('garbage Host headers', () => {
  it.each([
    'a b',
    'x/y',
    'evil.example/?#',
    '[zz]',
    '[:]',
    'kindred.example:99999',
    'user@kindred.example',
    '',
  ])('a request with Host %j is answered as usual, not a 500 from an unparsable URL', async (host) => {
    const res = await kindred.request.get(`/api/articles/${articleID}`).set('Host', host)
    expect(res.status).toBe(200)
    expect(res.body.id).toBe(articleID)
  })
})

describe("writes Payload's own routes cannot read", () => {
  it('a PATCH or POST with no body is a 400 saying what to send', async () => {
    for (const req of [
      kindred.request.patch(`/api/articles/${articleID}`),
      kindred.request.post('/api/articles'),
      kindred.request.post('/api/globals/moderation-settings'),
    ]) {
      const res = await req.set('Authorization', admin)
      expect(res.status).toBe(400)
      expect(messageOf(res.body)).toMatch(/needs a body/)
    }
  })

  it.each(['payload-preferences', 'payload-locked-documents'])(
    'a JSON string instead of a document is a 400 on %s too (added by Payload after the config plugins)',
    async (slug) => {
      const res = await kindred.request
        .post(`/api/${slug}`)
        .set('Authorization', admin)
        .set('Content-Type', 'application/json')
        .send('"not a document"')
      expect(res.status).toBe(400)
      expect(messageOf(res.body)).toMatch(/This write needs a body/)
    },
  )

  it("a POST with no body to Payload's own payload-jobs-stats global is a 400", async () => {
    const res = await kindred.request
      .post('/api/globals/payload-jobs-stats')
      .set('Authorization', admin)
      .set('Content-Type', 'application/json, text/html')
    expect(res.status).toBe(400)
    expect(messageOf(res.body)).toMatch(/This write needs a body/)
  })

  it('a JSON list instead of a document is a 400', async () => {
    const res = await kindred.request
      .post('/api/articles')
      .set('Authorization', admin)
      .send([{ title: 'x' }])
    expect(res.status).toBe(400)
  })

  it('a text/plain body is a 415 naming the Content-Type', async () => {
    const res = await kindred.request
      .patch(`/api/articles/${articleID}`)
      .set('Authorization', admin)
      .set('Content-Type', 'text/plain')
      .send('title=x')
    expect(res.status).toBe(415)
    expect(messageOf(res.body)).toMatch(/"text\/plain"/)
  })

  it('invalid JSON sent to GraphQL is a 400', async () => {
    const res = await kindred.request
      .post('/api/graphql')
      .set('Content-Type', 'application/json')
      .send('{bad')
    expect(res.status).toBe(400)
    expect(messageOf(res.body)).toBe('Invalid JSON')
  })
})

describe('globals refuse what they do not declare', () => {
  const save = (body: unknown) =>
    kindred.request
      .post('/api/globals/moderation-settings')
      .set('Authorization', admin)
      .send(body as object)

  it('a list where text is expected is a 400 naming the field, not a failed SQL insert', async () => {
    const res = await save({ heldWords: [{ term: 'x' }] })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors).toEqual([
      { message: 'Expected text, got a list.', path: 'heldWords' },
    ])
  })

  it('an unknown key is a 400 naming it, not silently ignored', async () => {
    const res = await save({ heldWords: 'x', shadowBan: true })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors).toEqual([
      { message: 'This field does not exist.', path: 'shadowBan' },
    ])
  })

  it('a well-formed update still saves', async () => {
    const res = await save({ heldWords: 'first\nsecond' })
    expect(res.status).toBe(200)
    expect(res.body.result.heldWords).toBe('first\nsecond')
  })
})

describe('collections without routes', () => {
  it.each([
    ['anonymous', undefined],
    ['an admin', () => admin],
  ])('payload-migrations answers 404 to %s', async (_who, auth) => {
    const req = kindred.request.get('/api/payload-migrations')
    const res = await (auth ? req.set('Authorization', auth()) : req)
    expect(res.status).toBe(404)
  })
})

describe('reads that carry a multipart Content-Type', () => {
  it.each([
    ['GET', '/api/users/me'],
    ['GET', '/api/articles'],
    ['DELETE', '/api/couples'],
  ])('%s %s with a boundary-less multipart Content-Type is a 400, not a 500', async (method, url) => {
    const req = method === 'GET' ? kindred.request.get(url) : kindred.request.delete(url)
    const res = await req.set('Content-Type', 'multipart/form-data')
    expect(res.status).toBe(400)
    expect(messageOf(res.body)).toBe('Malformed multipart body: no boundary in the Content-Type.')
  })

  it('a GET with a well-formed multipart Content-Type and no body is read as usual', async () => {
    const res = await kindred.request.get(`/api/articles/${articleID}`).set('Content-Type', multipart)
    expect(res.status).toBe(200)
  })
})

describe('versions of a global that keeps none', () => {
  it.each(['/api/globals/moderation-settings/versions', '/api/globals/payload-jobs-stats/versions/1'])(
    '%s is a 404 naming the global, not a 500 from a missing table',
    async (url) => {
      const res = await kindred.request.get(url).set('Authorization', admin)
      expect(res.status).toBe(404)
      expect(messageOf(res.body)).toMatch(/global keeps no versions/)
    },
  )
})

describe('email verification of a collection that does not verify', () => {
  it.each([
    ['anonymous', undefined],
    ['an admin', () => admin],
  ])('POST /api/users/verify/:token is a 404 for %s, not a 500 from a missing column', async (_who, auth) => {
    const req = kindred.request.post('/api/users/verify/some-token')
    const res = await (auth ? req.set('Authorization', auth()) : req)
    expect(res.status).toBe(404)
    expect(messageOf(res.body)).toBe('The users collection does not verify emails.')
  })

  it('readers, who verify their email, still get the verify route (a wrong token is a 4xx)', async () => {
    const res = await kindred.request.post('/api/readers/verify/not-a-token')
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(messageOf(res.body)).not.toMatch(/does not verify/)
  })
})

describe('a NUL character in text written', () => {
  // Risk: PostgreSQL refuses NUL in text ("invalid byte sequence"), so a write carrying one was a 500 there
  // while SQLite stored it; a guest could trigger it at will.
  it('is a 400 naming the field, never a 5xx, wherever text is written', async () => {
    const nul = 'a\u0000b with more words'
    const writes = [
      kindred.request
        .post(`/api/articles/${slug}/comments`)
        .send({ author: { email: 'nul@example.com', name: 'Nul Guest' }, body: nul }),
      kindred.request
        .post('/api/readers')
        .send({ displayName: nul, email: 'nul-reader@example.com', password: 'a-long-password' }),
      kindred.request.post('/api/users/login').send({ email: 'nul@example.com', password: nul }),
      kindred.request.post('/api/articles').set('Authorization', admin).send({ title: nul }),
      kindred.request.patch(`/api/articles/${articleID}`).set('Authorization', admin).send({ excerpt: nul }),
      kindred.request
        .post('/api/graphql')
        .set('Authorization', admin)
        .send({
          query: 'mutation($t: String!) { createCategory(data: { title: $t }) { id } }',
          variables: { t: nul },
        }),
    ]
    const answers = await Promise.all(writes)
    // One comment only: flood control counts a guest's refused post too. Each is refused, naming the field.
    expect(answers.map((res) => res.status)).toEqual([400, 400, 400, 400, 400, 200])
    expect(answers[0].body.errors[0]).toMatchObject({
      data: { errors: [{ path: 'body' }] },
      message: 'Text may not contain the NUL character.',
    })
    expect(answers[1].body.errors[0].data).toEqual({
      errors: [{ message: 'Text may not contain the NUL character.', path: 'displayName' }],
    })
    expect(answers[5].body.errors[0].message).toBe('Text may not contain the NUL character.')
  })
})

describe('half of a surrogate pair in text written', () => {
  // Risk: JSON.stringify keeps a lone surrogate as `\\ud800`, which PostgreSQL's jsonb refuses: rich text or any
  // JSON field carrying one was a 500 there.
  it('is a 400 naming the field', async () => {
    const lone = 'broken \ud800 text'
    const content = {
      root: {
        children: [{ children: [{ text: lone, type: 'text', version: 1 }], type: 'paragraph', version: 1 }],
        type: 'root',
        version: 1,
      },
    }
    const res = await kindred.request
      .post('/api/articles')
      .set('Authorization', admin)
      .send({ content, title: 'Surrogate article' })
    expect([res.status, res.body.errors[0].data]).toEqual([
      400,
      {
        errors: [
          {
            message: 'Text must be valid Unicode: it holds half of a surrogate pair.',
            path: 'content.root.children.0.children.0.text',
          },
        ],
      },
    ])
  })
})

describe("text the database cannot hold in Payload's own preferences", () => {
  // Risk: Payload writes a preference straight into a jsonb column, past every collection hook: a NUL or a lone
  // surrogate in it was a 500 on PostgreSQL for any signed-in account (found by the fuzzer's PostgreSQL run).
  it('is a 400 naming where, and a well-formed preference still saves', async () => {
    for (const [text, message] of [
      ['a \ud800 b', 'Text must be valid Unicode: it holds half of a surrogate pair.'],
      ['a \u0000 b', 'Text may not contain the NUL character.'],
    ]) {
      const res = await kindred.request
        .post('/api/payload-preferences/redteam-columns')
        .set('Authorization', admin)
        .send({ value: { columns: [text] } })
      expect([res.status, res.body.errors[0].data]).toEqual([
        400,
        { errors: [{ message, path: 'value.columns.0' }] },
      ])
    }
    const saved = await kindred.request
      .post('/api/payload-preferences/redteam-columns')
      .set('Authorization', admin)
      .send({ value: { columns: ['title', 'é 😀'] } })
    expect(saved.status).toBe(200)
    const read = await kindred.request
      .get('/api/payload-preferences/redteam-columns')
      .set('Authorization', admin)
    expect(read.body.value).toEqual({ columns: ['title', 'é 😀'] })
  })
})

describe('a NUL character where text is read', () => {
  // Risk: the same refusal by PostgreSQL when a NUL reaches a lookup (a sign-in's email, a token, a slug).
  it('is a 4xx, never a 5xx, in sign-ins, tokens and custom endpoints’ parameters', async () => {
    const nul = encodeURIComponent('a\u0000b@example.com')
    const requests: [string, string, object?][] = [
      ['post', '/api/users/login', { email: 'a\u0000b@example.com', password: 'a-long-password' }],
      ['post', '/api/readers/login', { email: 'a\u0000b@example.com', password: 'a-long-password' }],
      ['post', '/api/readers/forgot-password', { email: 'a\u0000b@example.com' }],
      ['post', '/api/users/forgot-password', { email: 'a\u0000b@example.com' }],
      ['post', '/api/readers/reset-password', { password: 'a-long-password', token: 'x\u0000y' }],
      ['post', '/api/users/unlock', { email: 'a\u0000b@example.com' }],
      ['get', `/api/articles/${slug}/comments?cursor=${nul}`],
      ['get', `/api/assessments/x/form?invitation=${nul}`],
      ['get', `/api/comments/x/unsubscribe?token=${nul}`],
      ['get', `/api/comments/export?email=${nul}`],
      ['get', `/api/responses/x/result?token=${nul}`],
      ['get', `/api/couples/x/consent?token=${nul}`],
      ['get', `/api/articles?where[slug][equals]=${nul}`],
      ['get', `/api/articles?sort=${nul}`],
      ['get', `/api/articles?select[${nul}]=true`],
      ['get', `/api/articles?locale=${nul}`],
    ]
    const failures: string[] = []
    for (const [method, url, body] of requests) {
      const req = kindred.request[method as 'get'](url)
      if (url.includes('export')) req.set('Authorization', admin)
      const res = await (body ? req.send(body) : req)
      if (res.status >= 500) failures.push(`${method.toUpperCase()} ${url} ${res.status}`)
    }
    expect(failures).toEqual([])
  })
})

describe('ids that are not ids', () => {
  // Risk: PostgreSQL's uuid columns refuse a word, a number or 1e309 where SQLite compares anything: every route
  // taking an id in its path or body could be a 500 there.
  it('are a 4xx on every route that takes one, never a 5xx', async () => {
    const ids = ['not-an-id', '1e309', '-1', '0', '%00', '00000000-0000-0000-0000-000000000000']
    const routes = (id: string): [string, string, object?][] => [
      ['get', `/api/articles/${id}`],
      ['get', `/api/comments/${id}`],
      ['patch', `/api/comments/${id}`, { body: 'An edited comment' }],
      ['delete', `/api/comments/${id}`],
      ['post', `/api/comments/${id}/flags`, { reason: 'spam' }],
      ['get', `/api/comments/${id}/unsubscribe?token=x`],
      ['get', `/api/couples/${id}/consent`],
      ['get', `/api/couples/${id}/report`],
      ['post', `/api/couples/${id}/leave`],
      ['get', `/api/responses/${id}`],
      ['get', `/api/responses/${id}/result`],
      ['get', `/api/responses/${id}/grants`],
      ['get', `/api/responses/${id}/grants?token=x`],
      ['patch', `/api/responses/${id}`, { answers: {} }],
      ['delete', `/api/responses/${id}`],
      ['post', `/api/responses/${id}/invitation`, {}],
      ['post', `/api/responses/${id}/consent`, { share: true }],
      ['post', `/api/responses/${id}/grants`, { counselor: id }],
      ['delete', `/api/responses/${id}/grants/${id}`],
      ['get', `/api/assessments/${id}/stats`],
      ['post', '/api/comments/moderate', { action: 'approve', ids: [id] }],
      [
        'post',
        `/api/articles/${slug}/comments`,
        { author: { email: 'ids@example.com', name: 'Id' }, body: 'A reply here', parent: id },
      ],
      ['post', `/api/readers/verify/${id}`],
      ['get', `/api/comment-flags/count?where[id][contains]=${id}`],
      ['get', `/api/comments?where[id][like]=${id}`],
      ['get', `/api/users/${id}`],
      ['post', `/api/articles/${id}/duplicate`],
    ]
    const failures: string[] = []
    // As an admin, and as a guest holding a response token (in its header or the query), as each route reads them.
    const callers: [string, Record<string, string>][] = [
      ['admin', { Authorization: admin }],
      ['token holder', { 'X-Response-Token': 'not-a-token' }],
    ]
    for (const id of ids) {
      for (const [method, url, body] of routes(id)) {
        for (const [caller, headers] of callers) {
          const req = kindred.request[method as 'get'](url).set(headers)
          const res = await (body ? req.send(body) : req)
          if (res.status >= 500) failures.push(`${caller}: ${method.toUpperCase()} ${url} ${res.status}`)
        }
      }
    }
    expect(failures).toEqual([])
  })

  it('are refused in GraphQL too, without a server error', async () => {
    const failures: string[] = []
    for (const id of ['not-an-id', '1e309', '-1', 'a\\u0000b']) {
      for (const query of [
        `{ Article(id: "${id}") { id } }`,
        `{ Comment(id: "${id}") { id } }`,
        `{ Articles(where: { id: { in: ["${id}"] } }) { totalDocs } }`,
        `{ Articles(where: { authors: { not_in: ["${id}"] } }) { totalDocs } }`,
        `{ Articles(where: { title: { equals: "${id}" } }) { totalDocs } }`,
        `mutation { updateArticle(id: "${id}", data: { title: "x" }) { id } }`,
        `mutation { deleteCategory(id: "${id}") { id } }`,
      ]) {
        const res = await kindred.request.post('/api/graphql').set('Authorization', admin).send({ query })
        const statuses = (res.body.errors ?? []).map((error: { extensions?: { statusCode?: number } }) =>
          Number(error.extensions?.statusCode ?? 0),
        )
        if (res.status >= 500 || statuses.some((status: number) => status >= 500))
          failures.push(`${query} ${res.status} ${JSON.stringify(res.body.errors?.[0]?.message)}`)
      }
    }
    expect(failures).toEqual([])
  })

  it('a NUL in the path is a 400 saying so, before any route reads it', async () => {
    const res = await kindred.request.post('/api/readers/verify/%00')
    expect([res.status, res.body.errors[0].message]).toEqual([
      400,
      'The path may not contain the NUL character (%00).',
    ])
  })
})
