import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { readerSession, staffSession } from '../helpers/accounts.js'
import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'

/**
 * Risk: query parameters reach Payload unchecked — a path crossing two
 * relationships stops an API-only process (tests/security/processSurvives.test.ts
 * shows the process side), and absurd sizes or unknown fields cost the
 * database work or are silently ignored. Each is a 400 naming the parameter.
 */

let kindred: Kindred
let editor: string
let articleID: string
let slug: string

beforeAll(async () => {
  kindred = await bootKindred()
  // The first account becomes an admin: made first, so that `editor` is only an editor.
  await staffSession(kindred.payload, kindred.request, 'admin')
  editor = (await staffSession(kindred.payload, kindred.request, 'editor')).auth
  const article = await createArticle(kindred.payload, { title: 'Query guard article' })
  articleID = String(article.id)
  slug = String(article.slug)
})
afterAll(async () => {
  await kindred.close()
})

type Problem = { data: { parameter: string; path?: string; reason: string }; message: string }

const refused = async (url: string, auth?: string) => {
  const req = kindred.request.get(url)
  const res = await (auth ? req.set('Authorization', auth) : req)
  expect(res.status).toBe(400)
  return (res.body.errors as Problem[]).map((error) => error.data)
}

describe('paths that cross more than one relationship', () => {
  it.each([
    ['where', '/api/articles?where[callToAction.questions.prompt][like]=x'],
    ['where', '/api/articles?where[or][0][and][0][callToAction.questions.prompt][equals]=x'],
    ['where', '/api/articles?where[callToAction__questions__prompt][like]=x'],
    ['sort', '/api/articles?sort=-callToAction.questions.prompt'],
    ['where', '/api/comments?where[parent.thread.body][like]=x'],
  ])('are refused in %s before Payload sees them: %s', async (parameter, url) => {
    const [problem] = await refused(url)
    expect(problem).toMatchObject({ parameter, reason: expect.stringMatching(/more than 1 relationship/) })
    expect(problem.path).toMatch(/^(callToAction|parent)/)
  })
})

describe("the admin panel's long reads (POST with X-Payload-HTTP-Method-Override: GET)", () => {
  const longRead = (query: string) =>
    kindred.request
      .post('/api/articles')
      .set('X-Payload-HTTP-Method-Override', 'GET')
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .send(query)

  it('are checked like the GETs they stand for', async () => {
    const res = await longRead('where[callToAction.questions.prompt][like]=x')
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data).toMatchObject({
      parameter: 'where',
      path: 'callToAction.questions.prompt',
    })
    expect((await longRead('limit=1000')).body.errors[0].data).toMatchObject({ parameter: 'limit' })
  })

  it('still answer what the relationship picker asks', async () => {
    const res = await longRead(
      `depth=0&draft=true&limit=10&page=1&select[title]=true&sort=-createdAt&where[and][0][id][in][0]=${articleID}`,
    )
    expect(res.status).toBe(200)
    expect(res.body.docs).toEqual([expect.objectContaining({ id: articleID, title: 'Query guard article' })])
  })
})

describe('GraphQL arguments', () => {
  const graphql = async (query: string) => {
    const res = await kindred.request.post('/api/graphql').send({ query })
    return res.body as {
      data?: { Articles?: { docs: { title: string }[] } | null }
      errors?: { extensions: { data: unknown; statusCode: number }; message: string }[]
    }
  }

  it('a sort crossing two relationships, or an absurd limit, is a 400 naming the argument', async () => {
    const deep = await graphql('{ Articles(sort: "-callToAction.questions.prompt") { docs { id } } }')
    expect(deep.errors?.[0].extensions).toMatchObject({
      data: { parameter: 'sort', path: 'callToAction.questions.prompt' },
      statusCode: 400,
    })
    const huge = await graphql('{ Articles(limit: 100000) { docs { id } } }')
    expect(huge.errors?.[0].extensions).toMatchObject({ data: { parameter: 'limit' }, statusCode: 400 })
  })

  it('ordinary reads still answer', async () => {
    const res = await graphql(
      '{ Articles(sort: "-publishedAt", limit: 10, page: 1, where: { title: { like: "guard" } }) { docs { title } } }',
    )
    expect(res.errors).toBeUndefined()
    expect(res.data?.Articles?.docs).toEqual([{ title: 'Query guard article' }])
  })
})

describe('fields a caller may not query', () => {
  it.each([
    ['where', 'hash', '/api/users?where[hash][exists]=true'],
    ['sort', 'salt', '/api/readers?sort=salt'],
    ['where', 'populatedAuthors', '/api/articles?where[populatedAuthors][exists]=true'],
    ['where', 'nothing', '/api/articles?where[nothing][equals]=x'],
    ['sort', 'nothing', '/api/articles?sort=nothing'],
    ['where', 'title.more', '/api/articles?where[title.more][equals]=x'],
  ])('%s on %s is a 400 naming it', async (parameter, path, url) => {
    const [problem] = await refused(url)
    expect(problem).toMatchObject({ parameter, path })
  })

  it('a field behind read access in a related collection is refused, not used as an oracle', async () => {
    // Anonymous callers may not read staff accounts, so not filter or sort articles by an author's email either.
    for (const [parameter, url] of [
      ['where', '/api/articles?where[authors.email][like]=kindred'],
      ['sort', '/api/articles?sort=-authors.email'],
    ]) {
      const problems = await refused(url)
      expect(problems).toContainEqual({
        parameter,
        path: 'authors.email',
        reason: expect.stringMatching(/may not be read/),
      })
    }
  })

  it("a moderator cannot learn a reader's email by filtering comments on it", async () => {
    // Editors moderate comments, yet may not read reader accounts, so not their emails by inference either.
    const reader = await readerSession(kindred.payload, kindred.request)
    const posted = await kindred.request
      .post(`/api/articles/${slug}/comments`)
      .set('Authorization', reader.auth)
      .send({ body: 'A reader comment for the oracle check.' })
    expect(posted.status).toBe(201)
    const res = await kindred.request
      .get(`/api/comments?where[author.reader.email][equals]=${encodeURIComponent(reader.email)}`)
      .set('Authorization', editor)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data).toMatchObject({ parameter: 'where', path: 'author.reader.email' })
  })

  it('select and populate name existing fields and collections only', async () => {
    expect(await refused('/api/articles?select[title]=true&select[secret]=true')).toEqual([
      { parameter: 'select', path: 'secret', reason: 'No such field.' },
    ])
    expect(await refused('/api/articles?populate[nowhere][title]=true')).toEqual([
      { parameter: 'populate', path: 'nowhere', reason: 'No such collection.' },
    ])
    expect(await refused('/api/articles?joins[title][limit]=5')).toEqual([
      { parameter: 'joins', path: 'title', reason: 'Not a join field.' },
    ])
  })
})

describe('absurd values', () => {
  it.each([
    ['depth', 'depth=1000'],
    ['depth', 'depth=-1'],
    ['depth', 'depth=two'],
    ['limit', 'limit=0'],
    ['limit', 'limit=101'],
    ['limit', 'limit=-5'],
    ['limit', 'limit=NaN'],
    ['page', 'page=0'],
    ['page', 'page=1.5'],
  ])('%s: %s is a 400 naming the parameter', async (parameter, query) => {
    const [problem] = await refused(`/api/articles?${query}`)
    expect(problem).toMatchObject({ parameter, reason: expect.stringMatching(/whole number/) })
  })

  it('unknown operators, missing operators, deep nesting, too many conditions and long lists are refused', async () => {
    expect((await refused('/api/articles?where[title][regex]=x'))[0]).toMatchObject({
      parameter: 'where',
      path: 'title.regex',
      reason: 'No such operator.',
    })
    expect((await refused('/api/articles?where[title]=x'))[0]).toMatchObject({ path: 'title' })
    const deep = '[or][0]'.repeat(6)
    expect((await refused(`/api/articles?where${deep}[title][equals]=x`))[0].reason).toMatch(/nest/)
    const many = Array.from({ length: 51 }, (_, i) => `where[or][${i}][title][equals]=${i}`).join('&')
    expect((await refused(`/api/articles?${many}`))[0].reason).toMatch(/At most 50 conditions/)
    // Risk: an operator the SQL adapters have no entry for, a 500 ("adapter.operators[…] is not a function").
    for (const [query, path] of [
      ['where[id][all]=x', 'id.all'],
      ['where[title][near]=1,2', 'title.near'],
      ['where[createdAt][within]=x', 'createdAt.within'],
    ])
      expect((await refused(`/api/articles?${query}`))[0]).toMatchObject({ path })
    // Risk: a list bound as one SQL parameter, a 500 from the database driver.
    for (const list of ['where[title][equals][0]=a&where[title][equals][1]=b', 'where[title][like][]=a'])
      expect((await refused(`/api/articles?${list}`))[0]).toMatchObject({
        path: expect.stringMatching(/^title\./),
        reason: 'Expected one value: only in, not_in and all take a list.',
      })
    const long = Array.from({ length: 501 }, (_, i) => `where[id][in][${i}]=${i}`).join('&')
    expect((await refused(`/api/articles?${long}`))[0]).toMatchObject({ path: 'id.in' })
  })
})

describe('dates that are not dates', () => {
  // Risk: Payload's SQL adapters bind an unparseable date as `undefined`, which the driver refuses: a 500
  // for anyone, signed in or not, on every collection with a date (createdAt is on all of them).
  it.each([
    ['/api/articles?where[publishedAt][greater_than]=notadate', 'publishedAt.greater_than'],
    ['/api/articles?where[publishedAt][equals]=1e309', 'publishedAt.equals'],
    ['/api/articles?where[createdAt][less_than]=2026-13-45', 'createdAt.less_than'],
    ['/api/categories?where[updatedAt][not_equals]=1700000000000', 'updatedAt.not_equals'],
    ['/api/articles?where[or][0][publishedAt][in]=2026-01-01,never', 'publishedAt.in'],
  ])('%s is a 400 naming the condition', async (url, path) => {
    const [problem] = await refused(url)
    expect(problem).toMatchObject({ parameter: 'where', path, reason: expect.stringMatching(/date/) })
  })

  it('is refused in GraphQL too, by its DateTime scalar, before the database', async () => {
    const res = await kindred.request
      .post('/api/graphql')
      .send({ query: '{ Articles(where: { createdAt: { greater_than: "soon" } }) { docs { id } } }' })
    expect(res.body.data).toBeUndefined()
    expect(res.body.errors.map((error: { message: string }) => error.message)).toContain(
      'DateTime cannot represent an invalid date-time-string soon.',
    )
  })

  it('real dates, empty values and exists still answer', async () => {
    for (const query of [
      'where[publishedAt][less_than]=2999-01-01',
      'where[publishedAt][greater_than]=2000-01-01T00:00:00.000Z',
      'where[publishedAt][in]=2000-01-01,2001-01-01',
      'where[publishedAt][exists]=true',
      'where[publishedAt][equals]=',
    ]) {
      const res = await kindred.request.get(`/api/articles?${query}`)
      expect({ query, status: res.status }).toEqual({ query, status: 200 })
    }
  })
})

describe('values of the wrong type for their field', () => {
  // Risk: a value the database cannot compare with its column (a word for a uuid, a number or a flag) is a 500
  // on PostgreSQL, whose columns are typed, while SQLite compares anything with anything.
  it('are answered without a 5xx, whatever the field and the operator', async () => {
    const queries = [
      'where[id][equals]=not-an-id',
      'where[id][in]=1e309,-1,x',
      'where[id][not_in]=%00',
      'where[id][greater_than]=x',
      'where[id][like]=x',
      'where[authors][equals]=not-an-id',
      'where[authors][in]=1,x',
      'where[authors][contains]=x',
      'where[categories][not_equals]=-1',
      'where[heroImage][equals]=1e309',
      'where[closeCommentsAfterDays][equals]=many',
      'where[closeCommentsAfterDays][greater_than]=1e309',
      'where[closeCommentsAfterDays][in]=a,b',
      'where[closeCommentsAfterDays][like]=5',
      'where[_status][equals]=nonsense',
      'where[_status][in]=x,y',
      'where[title][greater_than]=1e309',
      'where[title][equals]=%00',
      'where[slug][like]=%25%25%00',
      'where[publishedAt][like]=2026',
      'where[publishedAt][contains]=2026-01-01',
      'where[id][exists]=maybe',
      'where[authors][exists]=1e309',
      'where[_status][like]=pub',
      'where[_status][contains]=x',
      'where[_status][not_equals]=',
      'where[_status][in]=published,',
      'where[authors][not_in]=null',
      'where[categories.title][equals]=%00',
    ]
    const answers = await Promise.all(
      queries.map(async (query) => [query, (await kindred.request.get(`/api/articles?${query}`)).status]),
    )
    expect(answers.filter(([, status]) => Number(status) >= 500)).toEqual([])
  })

  it.each([
    ['where[title][equals]=a%00b', 'title.equals', 'Text may not contain the NUL character.'],
    ['where[_status][equals]=nonsense', '_status.equals', 'Expected one of: draft, published.'],
    ['where[_status][like]=pub', '_status.like', 'Expected one of: draft, published.'],
    ['where[publishedAt][like]=2026', 'publishedAt.like', expect.stringMatching(/^Dates take equals/)],
    ['where[id][in]=1e309,-1', 'id.in', 'Expected ids (UUIDs).'],
    ['where[authors][not_in]=null', 'authors.not_in', 'Expected ids (UUIDs).'],
  ])('%s is a 400 naming the condition and why', async (query, path, reason) => {
    expect(await refused(`/api/articles?${query}`)).toEqual([{ parameter: 'where', path, reason }])
  })
})

describe('legitimate queries keep working', () => {
  it.each([
    '/api/articles?limit=10&depth=1',
    `/api/articles?where[slug][equals]=${'SLUG'}&depth=1`,
    '/api/articles?sort=-publishedAt&limit=100&depth=0',
    '/api/articles?where[or][0][and][0][title][like]=guard&depth=0&limit=10&page=1',
    `/api/articles?where[id][in][0]=${'ID'}&select[title]=true&select[slug]=true`,
    '/api/articles?where[categories.title][equals]=x&sort=title,-createdAt',
    `/api/articles/${'ID'}?depth=2&select[title]=true`,
    '/api/articles/count?where[title][like]=guard',
  ])('%s', async (template) => {
    const url = template.replace('SLUG', slug).replace('ID', articleID)
    const res = await kindred.request.get(url)
    expect(res.status).toBe(200)
  })

  it("the admin panel's queries: versions, and a bulk delete with limit=0", async () => {
    const versions = await kindred.request
      .get(`/api/articles/versions?where[parent][equals]=${articleID}&sort=-updatedAt&limit=10&depth=0`)
      .set('Authorization', editor)
    expect(versions.status).toBe(200)
    const doomed = await createArticle(kindred.payload, { title: 'Deleted in bulk' })
    const bulk = await kindred.request
      .delete(`/api/articles?limit=0&where[and][0][id][in][0]=${doomed.id}`)
      .set('Authorization', editor)
    expect(bulk.status).toBe(200)
    expect(bulk.body.docs.map((doc: { id: string }) => doc.id)).toEqual([doomed.id])
  })

  it("custom endpoints keep their own parameters (the comment thread's sort=newest)", async () => {
    const res = await kindred.request.get(`/api/articles/${slug}/comments?sort=newest&limit=5`)
    expect(res.status).toBe(200)
  })
})
