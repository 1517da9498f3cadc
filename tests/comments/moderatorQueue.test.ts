import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { readerSession, staffSession } from '../helpers/accounts.js'
import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { auditOf, newGuest, postAsGuest, storedComment } from '../helpers/comments.js'

let kindred: Kindred
let slug: string
let articleID: string
let moderator: { auth: string; user: { id: number | string; name?: string } }

beforeAll(async () => {
  kindred = await bootKindred()
  const article = await createArticle(kindred.payload, { title: 'Queued' })
  slug = article.slug as string
  articleID = String(article.id)
  moderator = await staffSession(kindred.payload, kindred.request, 'moderator')
})
afterAll(async () => {
  await kindred.close()
})

const queue = (query: string, auth = moderator.auth) =>
  kindred.request.get(`/api/comments/queue${query}`).set('Authorization', auth)

describe('the moderation queue endpoint', () => {
  it('gives a moderator each held comment in full with its article, parent, flags and the commenter’s record', async () => {
    const guest = newGuest()
    const first = await postAsGuest(kindred.request, slug, { body: 'First words.' }, guest)
    await kindred.request
      .post('/api/comments/moderate')
      .set('Authorization', moderator.auth)
      .send({ action: 'approve', ids: [first.body.id] })
    const long = `A reply that is long. ${'x'.repeat(400)}`
    const reply = await postAsGuest(kindred.request, slug, { body: long, parent: first.body.id }, newGuest())
    expect(reply.body.status).toBe('pending')
    const flag = await kindred.request
      .post(`/api/comments/${first.body.id}/flags`)
      .set('X-Forwarded-For', '10.9.9.9')
      .send({ note: 'Rude to the author', reason: 'abuse' })
    expect(flag.status).toBe(201)

    const res = await queue('?queue=pending')
    expect(res.status).toBe(200)
    const item = res.body.items.find((entry: { id: string }) => entry.id === String(reply.body.id))
    expect(item).toMatchObject({
      article: { id: articleID, title: 'Queued' },
      body: long,
      flags: [],
      history: { activeBans: 0, approved: 0, rejected: 0, spam: 0 },
      parent: { excerpt: 'First words.', id: String(first.body.id) },
      status: 'pending',
    })
    expect(item.bannable).toEqual(['email', 'address'])
    // An approved comment readers flagged waits in the flagged queue with their reasons and notes.
    const flagged = await queue('?queue=flagged')
    expect(flagged.body.items).toEqual([
      expect.objectContaining({
        flags: [{ note: 'Rude to the author', reason: 'abuse' }],
        history: { activeBans: 0, approved: 1, rejected: 0, spam: 0 },
        id: String(first.body.id),
        status: 'approved',
      }),
    ])
    // No keys or fingerprints leave the server: bans are made from the comment's id.
    expect(JSON.stringify(res.body)).not.toMatch(/ipFingerprint|authorKey|email:/)
  })

  it('refuses anonymous callers (401) and readers (403), and names a bad queue (400)', async () => {
    expect((await kindred.request.get('/api/comments/queue')).status).toBe(401)
    const reader = await readerSession(kindred.payload, kindred.request)
    expect((await queue('', reader.auth)).status).toBe(403)
    const bad = await queue('?queue=everything')
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors[0].path).toBe('queue')
  })
})

describe('banning from a comment', () => {
  it('bans the commenter by email from the comment id, rejects their pending comments and logs it with the moderator’s name', async () => {
    const guest = newGuest()
    const one = await postAsGuest(kindred.request, slug, { body: 'First pending.' }, guest)
    const two = await postAsGuest(kindred.request, slug, { body: 'Second pending, a while later.' }, guest)
    const res = await kindred.request
      .post(`/api/comments/${one.body.id}/ban`)
      .set('Authorization', moderator.auth)
      .send({ reason: 'Harassment', scope: 'email' })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ expiresAt: null, target: 'email' })
    const ban = await kindred.payload.findByID({
      collection: 'comment-bans',
      id: res.body.id,
      overrideAccess: true,
    })
    expect(ban).toMatchObject({ email: guest.email, reason: 'Harassment', target: 'email' })
    for (const id of [one.body.id, two.body.id].filter(Boolean)) {
      expect((await storedComment(kindred.payload, id)).status).toBe('rejected')
    }
    const log = await kindred.request
      .get(`/api/moderation-log?where[comment][equals]=${one.body.id}&sort=createdAt`)
      .set('Authorization', moderator.auth)
    const summaries = log.body.docs.map((entry: { summary: string }) => entry.summary)
    const name = (await storedStaffName(moderator.user.id)) as string
    expect(summaries).toContain(`${name} rejected`)
    expect(summaries).toContain(`${name} banned the commenter`)
    expect((await auditOf(kindred.payload, one.body.id)).at(-1)?.note).toBe(
      'By email address, for good: Harassment',
    )
  })

  it('suspends by address for some days; a comment without that key is a 400 naming scope', async () => {
    const posted = await postAsGuest(kindred.request, slug, { body: 'Suspend me.' })
    const res = await kindred.request
      .post(`/api/comments/${posted.body.id}/ban`)
      .set('Authorization', moderator.auth)
      .send({ days: 7, reason: 'Cool off', scope: 'address' })
    expect(res.status).toBe(201)
    expect(new Date(res.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000)
    const noAccount = await kindred.request
      .post(`/api/comments/${posted.body.id}/ban`)
      .set('Authorization', moderator.auth)
      .send({ reason: 'x', scope: 'account' })
    expect(noAccount.status).toBe(400)
    expect(noAccount.body.errors[0].data.errors[0].path).toBe('scope')
    const reader = await readerSession(kindred.payload, kindred.request)
    const refused = await kindred.request
      .post(`/api/comments/${posted.body.id}/ban`)
      .set('Authorization', reader.auth)
      .send({ reason: 'x', scope: 'email' })
    expect(refused.status).toBe(403)
  })
})

describe('a comment’s place', () => {
  it('refuses a moderator who moves a comment to another article (403 naming article); status still changes', async () => {
    const posted = await postAsGuest(kindred.request, slug, { body: 'Stay where you are.' })
    const other = await createArticle(kindred.payload, { title: 'Elsewhere' })
    const moved = await kindred.request
      .patch(`/api/comments/${posted.body.id}`)
      .set('Authorization', moderator.auth)
      .send({ article: other.id })
    expect(moved.status).toBe(403)
    expect(moved.body.errors[0].data.errors[0].path).toBe('article')
    expect((await storedComment(kindred.payload, posted.body.id)).article).toBe(articleID)
    const approved = await kindred.request
      .patch(`/api/comments/${posted.body.id}`)
      .set('Authorization', moderator.auth)
      .send({ status: 'approved' })
    expect(approved.status).toBe(200)
  })
})

const storedStaffName = async (id: number | string) =>
  (await kindred.payload.findByID({ collection: 'users', id, overrideAccess: true })).name
