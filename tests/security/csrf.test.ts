import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import supertest from 'supertest'

import { createApp } from '../../src/http/createApp.js'
import { cookieSession, createReader, createStaff } from '../helpers/accounts.js'
import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { createComment, storedComment } from '../helpers/comments.js'

/**
 * Risk: cross-site request forgery. A page on another site makes a signed-in
 * moderator's or reader's browser send a write that rides on the session
 * cookie — even a plain HTML form, as multipart with a `_payload` field.
 * SERVER_URL and CORS_ORIGINS unset here, as on a first run: the site's own
 * origin is the host the request was sent to. (csrfAllowList.test.ts: with them.)
 */
const host = 'kindred.test'
const own = `http://${host}`
const foreign = 'https://evil.example'

let kindred: Kindred
let articleID: string
let slug: string
let moderator: { auth: string; cookie: string }
let reader: { auth: string; cookie: string; id: string }

beforeAll(async () => {
  kindred = await bootKindred({ TRUST_PROXY: '' })
  const article = await createArticle(kindred.payload, { title: 'Forged' })
  articleID = String(article.id)
  slug = String(article.slug)
  const staff = await createStaff(kindred.payload, 'moderator')
  moderator = await cookieSession(kindred.request, 'users', staff.email)
  const account = await createReader(kindred.payload)
  reader = {
    ...(await cookieSession(kindred.request, 'readers', account.email)),
    id: String(account.reader.id),
  }
})
afterAll(async () => {
  await kindred.close()
})

const pendingComment = () => createComment(kindred.payload, articleID, 'pending')

const statusOf = async (id: string) => (await storedComment(kindred.payload, id)).status

/** A moderator's approval, sent by their browser with the session cookie, from `origin`. */
const approveWithCookie = (id: string, origin: string | undefined, request = kindred.request) => {
  const call = request.post('/api/comments/moderate').set('Host', host).set('Cookie', moderator.cookie)
  if (origin) call.set('Origin', origin)
  return call.send({ action: 'approve', ids: [id] })
}

const readerComments = async () =>
  (
    await kindred.payload.count({
      collection: 'comments',
      overrideAccess: true,
      where: { 'author.reader': { equals: reader.id } },
    })
  ).totalDocs

const expectRefused = (res: { body: { errors?: { message: string }[] }; status: number }) => {
  expect(res.status).toBe(403)
  expect(res.body.errors?.[0]?.message).toMatch(/^Cross-site request refused/)
}

describe('a moderator’s cookie session', () => {
  it('refuses POST /api/comments/moderate from a foreign Origin, and approves nothing', async () => {
    const id = await pendingComment()
    expectRefused(await approveWithCookie(id, foreign))
    expect(await statusOf(id)).toBe('pending')
  })

  it('refuses the same as a plain HTML form would send it: multipart with a `_payload` field', async () => {
    const id = await pendingComment()
    const form = (origin: string) =>
      kindred.request
        .post('/api/comments/moderate')
        .set('Host', host)
        .set('Cookie', moderator.cookie)
        .set('Origin', origin)
        .field('_payload', JSON.stringify({ action: 'approve', ids: [id] }))
    expectRefused(await form(foreign))
    expect(await statusOf(id)).toBe('pending')
    // The form itself works from the site's own pages, so the refusal above is the origin's doing.
    expect((await form(own)).status).toBe(200)
    expect(await statusOf(id)).toBe('approved')
  })

  it('refuses a form from a foreign page that hides its origin (Origin: null, as under no-referrer)', async () => {
    const id = await pendingComment()
    const res = await kindred.request
      .post('/api/comments/moderate')
      .set('Host', host)
      .set('Cookie', moderator.cookie)
      .set('Origin', 'null')
      .set('Sec-Fetch-Site', 'cross-site')
      .field('_payload', JSON.stringify({ action: 'approve', ids: [id] }))
    expectRefused(res)
    expect(await statusOf(id)).toBe('pending')
  })

  it('refuses a Referer from a foreign page when the browser sent no Origin', async () => {
    const id = await pendingComment()
    const res = await kindred.request
      .post('/api/comments/moderate')
      .set('Host', host)
      .set('Cookie', moderator.cookie)
      .set('Referer', `${foreign}/win-a-prize`)
      .send({ action: 'approve', ids: [id] })
    expectRefused(res)
    expect(await statusOf(id)).toBe('pending')
  })

  it('refuses a cookie write that says nothing of where it comes from, unless Sec-Fetch-Site says same-origin', async () => {
    const id = await pendingComment()
    expectRefused(await approveWithCookie(id, undefined))
    expect(await statusOf(id)).toBe('pending')
    const vouched = await kindred.request
      .post('/api/comments/moderate')
      .set('Host', host)
      .set('Cookie', moderator.cookie)
      .set('Sec-Fetch-Site', 'same-origin')
      .send({ action: 'approve', ids: [id] })
    expect(vouched.status).toBe(200)
  })

  it('accepts it from the site’s own origin, as the admin panel sends it', async () => {
    const id = await pendingComment()
    expect((await approveWithCookie(id, own)).status).toBe(200)
    expect(await statusOf(id)).toBe('approved')
  })

  it('does not take the site’s origin from X-Forwarded-Host sent through an untrusted hop', async () => {
    const id = await pendingComment()
    const res = await kindred.request
      .post('/api/comments/moderate')
      .set('Host', host)
      .set('X-Forwarded-Host', 'evil.example')
      .set('X-Forwarded-Proto', 'https')
      .set('Cookie', moderator.cookie)
      .set('Origin', foreign)
      .send({ action: 'approve', ids: [id] })
    expectRefused(res)
    expect(await statusOf(id)).toBe('pending')
  })

  it('behind a trusted load balancer, knows its own public origin from X-Forwarded-Host and -Proto', async () => {
    process.env.TRUST_PROXY = '1'
    const behindOneProxy = supertest(createApp({ config: kindred.config, payload: kindred.payload }))
    process.env.TRUST_PROXY = ''
    const id = await pendingComment()
    const res = await approveWithCookie(id, 'https://kindred.example', behindOneProxy)
      .set('X-Forwarded-Host', 'kindred.example')
      .set('X-Forwarded-Proto', 'https')
    expect(res.status).toBe(200)
    expect(await statusOf(id)).toBe('approved')
  })

  it('leaves a request with its token in Authorization alone, whatever its Origin', async () => {
    const id = await pendingComment()
    const res = await kindred.request
      .post('/api/comments/moderate')
      .set('Authorization', moderator.auth)
      .set('Origin', foreign)
      .send({ action: 'approve', ids: [id] })
    expect(res.status).toBe(200)
    expect(await statusOf(id)).toBe('approved')
  })

  it('refuses a GraphQL mutation from a foreign Origin, and accepts it from the site', async () => {
    const email = `banned-${Date.now()}@example.test`
    const bans = async () =>
      (await kindred.payload.count({ collection: 'comment-bans', where: { email: { equals: email } } }))
        .totalDocs
    const mutation = (origin: string) =>
      kindred.request
        .post('/api/graphql')
        .set('Host', host)
        .set('Cookie', moderator.cookie)
        .set('Origin', origin)
        .send({
          query:
            'mutation ($email: String!) { createCommentBan(data: { target: email, email: $email, reason: "Spam" }) { email } }',
          variables: { email },
        })
    expectRefused(await mutation(foreign))
    expect(await bans()).toBe(0)
    const accepted = await mutation(own)
    expect(accepted.body).toEqual({ data: { createCommentBan: { email } } })
    expect(await bans()).toBe(1)
  })
})

describe('a reader’s cookie session', () => {
  const post = (origin: string, body: string) =>
    kindred.request
      .post(`/api/articles/${slug}/comments`)
      .set('Host', host)
      .set('Cookie', reader.cookie)
      .set('Origin', origin)
      .send({ body })

  it('refuses a comment posted from a foreign Origin, and writes nothing', async () => {
    const before = await readerComments()
    expectRefused(await post(foreign, 'Words put in my mouth.'))
    expect(await readerComments()).toBe(before)
  })

  it('accepts a comment posted from the site’s own origin', async () => {
    const before = await readerComments()
    expect((await post(own, 'My own words.')).status).toBe(201)
    expect(await readerComments()).toBe(before + 1)
  })
})

describe('signing in (login CSRF)', () => {
  it('refuses a sign-in from a foreign page, which would slip the attacker’s session into the browser', async () => {
    const account = await createReader(kindred.payload)
    const res = await kindred.request
      .post('/api/readers/login')
      .set('Host', host)
      .set('Origin', foreign)
      .send({ email: account.email, password: account.password })
    expectRefused(res)
    expect(res.headers['set-cookie']).toBeUndefined()
  })

  it('lets scripts without a browser sign in, as they send no Origin', async () => {
    const account = await createReader(kindred.payload)
    const res = await kindred.request
      .post('/api/readers/login')
      .send({ email: account.email, password: account.password })
    expect(res.status).toBe(200)
  })
})
