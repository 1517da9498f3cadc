import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { readerSession, staffSession } from '../helpers/accounts.js'
import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { givePastComments, newGuest, postAsGuest, storedComment } from '../helpers/comments.js'

let kindred: Kindred
let slug: string
let moderator: string

beforeAll(async () => {
  kindred = await bootKindred()
  slug = (await createArticle(kindred.payload, { title: 'Pipeline' })).slug as string
  moderator = (await staffSession(kindred.payload, kindred.request, 'moderator')).auth
})
afterAll(async () => {
  await kindred.close()
})

const reasonsOf = async (id: string) =>
  (
    (await storedComment(kindred.payload, id)).moderation?.reasons as { code: string; details?: unknown }[]
  ).map((reason) => reason.code)
const commentCount = async () => (await kindred.payload.count({ collection: 'comments' })).totalDocs
const pastFloodInterval = () =>
  kindred.payload.update({
    collection: 'comment-rate-limits',
    data: { lastAt: new Date(Date.now() - 16_000).toISOString() },
    overrideAccess: true,
    where: {},
  })
/** Earlier comments of a reader, decided by a moderator as given (through the public API). */
const givePast = (reader: string, statuses: Parameters<typeof givePastComments>[2]) =>
  givePastComments(kindred, { article: slug, moderator, reader }, statuses)
const setSettings = (data: Record<string, unknown>) =>
  kindred.request.post('/api/globals/moderation-settings').set('Authorization', moderator).send(data)

describe('refusals store nothing', () => {
  it('1. refuses comments on a closed article with 403', async () => {
    const closed = await createArticle(kindred.payload, { title: 'Closed' })
    await kindred.payload.update({ collection: 'articles', data: { comments: 'closed' }, id: closed.id })
    const before = await commentCount()
    const res = await postAsGuest(kindred.request, String(closed.slug), { body: 'Anyone there?' })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toBe('Comments are closed on this article.')
    expect(await commentCount()).toBe(before)
  })

  it('1. closes comments closeCommentsAfterDays after publishing', async () => {
    const old = await createArticle(kindred.payload, {
      publishedAt: new Date(Date.now() - 40 * 86_400_000).toISOString(),
      title: 'Old News',
    })
    await kindred.payload.update({ collection: 'articles', data: { closeCommentsAfterDays: 30 }, id: old.id })
    expect((await postAsGuest(kindred.request, String(old.slug), { body: 'Late to this.' })).status).toBe(403)
  })

  it('2. refuses a banned email with 403, until the suspension expires', async () => {
    const guest = newGuest()
    await kindred.payload.create({
      collection: 'comment-bans',
      data: { email: guest.email, reason: 'Abuse', target: 'email' },
      overrideAccess: true,
    })
    expect((await postAsGuest(kindred.request, slug, { body: 'Let me in.' }, guest)).status).toBe(403)
    const suspended = newGuest()
    await kindred.payload.create({
      collection: 'comment-bans',
      data: {
        email: suspended.email,
        expiresAt: new Date(Date.now() - 1000).toISOString(),
        reason: 'Old',
        target: 'email',
      },
      overrideAccess: true,
    })
    expect((await postAsGuest(kindred.request, slug, { body: 'I served my time.' }, suspended)).status).toBe(
      201,
    )
  })

  it('2. refuses a banned reader account', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    await kindred.payload.create({
      collection: 'comment-bans',
      data: { reader: reader.reader.id, reason: 'Spam', target: 'account' },
      overrideAccess: true,
    })
    const res = await kindred.request
      .post(`/api/articles/${slug}/comments`)
      .set('Authorization', reader.auth)
      .set('X-Forwarded-For', newGuest().address)
      .send({ body: 'Still here.' })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toBe('You cannot comment at the moment.')
  })

  it('4. refuses a comment longer than 5,000 characters with 400, naming the body field and the limit', async () => {
    const res = await postAsGuest(kindred.request, slug, { body: 'a'.repeat(5001) })
    expect(res.status).toBe(400)
    const [refusal] = res.body.errors
    expect(refusal.message).toBe('Your comment is too long: please keep it to 5000 characters.')
    expect(refusal.data.errors).toEqual([{ message: refusal.message, path: 'body' }])
  })

  it('5. answers a second comment within 15 s from a guest with 429 and Retry-After', async () => {
    const guest = newGuest()
    expect((await postAsGuest(kindred.request, slug, { body: 'First thought.' }, guest)).status).toBe(201)
    const again = await postAsGuest(kindred.request, slug, { body: 'Second thought.' }, guest)
    expect(again.status).toBe(429)
    expect(Number(again.headers['retry-after'])).toBeGreaterThanOrEqual(14)
    expect(Number(again.headers['retry-after'])).toBeLessThanOrEqual(15)
  })

  it('5. rate-limits by address too: a new email from the same address waits', async () => {
    const guest = newGuest()
    expect((await postAsGuest(kindred.request, slug, { body: 'One.' }, guest)).status).toBe(201)
    const sameAddress = { ...newGuest(), address: guest.address }
    expect((await postAsGuest(kindred.request, slug, { body: 'Two.' }, sameAddress)).status).toBe(429)
  })

  it('6. refuses the same text from the same author within 6 hours with 409', async () => {
    const guest = newGuest()
    expect((await postAsGuest(kindred.request, slug, { body: 'Same words.' }, guest)).status).toBe(201)
    await pastFloodInterval()
    expect((await postAsGuest(kindred.request, slug, { body: 'same   WORDS.' }, guest)).status).toBe(409)
  })
})

describe('stored outcomes record their reason', () => {
  it('3. marks a filled honeypot as spam', async () => {
    const res = await postAsGuest(kindred.request, slug, {
      body: 'Great post!',
      website: 'http://spam.example',
    })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ message: 'Your comment is awaiting moderation.', status: 'spam' })
    expect(await reasonsOf(res.body.id)).toEqual(['honeypot'])
  })

  it('7. rejects blocked words and holds held words, case- and accent-insensitive', async () => {
    expect((await setSettings({ blockedWords: 'scam\nbuy now', heldWords: 'divorce lawyer' })).status).toBe(
      200,
    )
    const blocked = await postAsGuest(kindred.request, slug, { body: 'This is a SCAM, buy now.' })
    expect(blocked.body.status).toBe('rejected')
    const stored = await storedComment(kindred.payload, blocked.body.id)
    expect(stored.moderation?.reasons).toEqual([
      expect.objectContaining({
        code: 'blocked-word',
        details: { terms: expect.arrayContaining(['scam', 'buy now']) },
      }),
    ])
    const held = await postAsGuest(kindred.request, slug, { body: 'We talked to a Divorce Lawyer once.' })
    expect(held.body.status).toBe('pending')
    expect(await reasonsOf(held.body.id)).toContain('held-word')
    await setSettings({ blockedWords: '', heldWords: '' })
  })

  it('8. holds a guest comment with a link', async () => {
    const res = await postAsGuest(kindred.request, slug, { body: 'See https://example.com/help for more.' })
    expect(res.body.status).toBe('pending')
    expect(await reasonsOf(res.body.id)).toContain('too-many-links')
  })

  it('9. holds a commenter with too few approved comments, or too many rejected lately', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    const post = (body: string) =>
      kindred.request
        .post(`/api/articles/${slug}/comments`)
        .set('Authorization', reader.auth)
        .set('X-Forwarded-For', newGuest().address)
        .send({ body })
    const first = await post('My first words here.')
    expect(first.body.status).toBe('pending')
    expect(await reasonsOf(first.body.id)).toEqual(['new-commenter'])
    await givePast(reader.auth, ['approved', 'approved', 'rejected', 'spam'])
    const second = await post('Back again after some trouble.')
    expect(second.body.status).toBe('pending')
    expect(await reasonsOf(second.body.id)).toEqual(['low-trust'])
  })

  it('9. judges a commenter with a long record on all of it, not only on their latest hundred comments', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    // Two approved long ago, then 110 binned ones: the approvals are older than any hundred newest comments.
    await givePast(reader.auth, ['approved', 'approved', ...Array(110).fill('trash')])
    const res = await kindred.request
      .post(`/api/articles/${slug}/comments`)
      .set('Authorization', reader.auth)
      .set('X-Forwarded-For', newGuest().address)
      .send({ body: 'A regular, trusted for years.' })
    expect(res.body.status).toBe('approved')
    expect(await reasonsOf(res.body.id)).toEqual(['passed'])
  })

  it('11. holds everything when pre-moderation is on, even from a trusted commenter', async () => {
    await setSettings({ preModeration: true })
    const reader = await readerSession(kindred.payload, kindred.request)
    await givePast(reader.auth, ['approved', 'approved'])
    const res = await kindred.request
      .post(`/api/articles/${slug}/comments`)
      .set('Authorization', reader.auth)
      .set('X-Forwarded-For', newGuest().address)
      .send({ body: 'Held by the switch.' })
    expect(res.body.status).toBe('pending')
    expect(await reasonsOf(res.body.id)).toEqual(['pre-moderation'])
    await setSettings({ preModeration: false })
  })

  it('takes the earliest refusal when several steps would act: closed beats banned beats too long', async () => {
    const closed = await createArticle(kindred.payload, { title: 'Closed And Banned' })
    await kindred.payload.update({ collection: 'articles', data: { comments: 'closed' }, id: closed.id })
    const guest = newGuest()
    await kindred.payload.create({
      collection: 'comment-bans',
      data: { email: guest.email, reason: 'x', target: 'email' },
      overrideAccess: true,
    })
    const res = await postAsGuest(kindred.request, String(closed.slug), { body: 'x'.repeat(6000) }, guest)
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toBe('Comments are closed on this article.')
    const open = await postAsGuest(kindred.request, slug, { body: 'x'.repeat(6000) }, guest)
    expect(open.status).toBe(403)
    expect(open.body.errors[0].message).toBe('You cannot comment at the moment.')
  })
})
