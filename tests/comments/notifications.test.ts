import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { outbox } from '../../src/email/outboxEmailAdapter.js'
import { readerSession, staffSession } from '../helpers/accounts.js'
import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { newGuest, postAsGuest, storedComment } from '../helpers/comments.js'

let kindred: Kindred
let slug: string
let moderator: Awaited<ReturnType<typeof staffSession>>

beforeAll(async () => {
  kindred = await bootKindred()
  slug = (await createArticle(kindred.payload, { title: 'Notified' })).slug as string
  moderator = await staffSession(kindred.payload, kindred.request, 'moderator')
})
afterAll(async () => {
  await kindred.close()
})

const queued = async (task: string) =>
  (
    await kindred.payload.find({
      collection: 'payload-jobs',
      limit: 100,
      overrideAccess: true,
      where: { and: [{ taskSlug: { equals: task } }, { completedAt: { exists: false } }] },
    })
  ).docs.map((job) => job.input as { commentID: string; event: string })
const runJobs = () => kindred.payload.jobs.run({ queue: 'default' })
const sentTo = (address: string) => outbox.filter((message) => message.to === address)

describe('notifications go through the jobs queue', () => {
  it('queues an email to moderators for a new pending comment, and sends nothing on the request path', async () => {
    const before = outbox.length
    const res = await postAsGuest(kindred.request, slug, { body: 'Please review me.' })
    expect(res.body.status).toBe('pending')
    expect(outbox.length).toBe(before)
    expect(await queued('commentNotifyModerators')).toContainEqual({
      commentID: res.body.id,
      event: 'pending',
    })
    await runJobs()
    const email = sentTo(moderator.email).at(-1)
    expect(email?.subject).toBe('A comment is waiting for review')
    expect(String(email?.text)).toContain('Please review me.')
    // A link in an email cannot be relative: it opens in a mail client, not on this site.
    expect(String(email?.text)).toMatch(/Review it: http:\/\/localhost:\d+\/admin\/collections\/comments\//)
    expect(await queued('commentNotifyModerators')).toEqual([])
  })

  it('emails an opted-in commenter when approved, with an unsubscribe link that works', async () => {
    const guest = newGuest()
    const res = await postAsGuest(
      kindred.request,
      slug,
      { body: 'Tell me when it is up.', notifyOnReply: true },
      guest,
    )
    await kindred.request
      .post('/api/comments/moderate')
      .set('Authorization', moderator.auth)
      .send({ action: 'approve', ids: [res.body.id] })
    expect(sentTo(guest.email)).toHaveLength(0)
    await runJobs()
    const email = sentTo(guest.email).at(-1)
    expect(email?.subject).toBe('Your comment is published')
    const link = /Stop these emails: (\S+)/.exec(String(email?.text))![1]
    expect(link).toMatch(/^http:\/\/localhost:\d+\/api\/comments\//)
    const url = new URL(link)
    expect((await kindred.request.get(`${url.pathname}?token=wrong`)).status).toBe(404)
    const off = await kindred.request.get(`${url.pathname}${url.search}`)
    expect(off.status).toBe(200)
    expect((await storedComment(kindred.payload, res.body.id)).notifyOnReply).toBe(false)
  })

  it('emails an opted-in reader when someone replies, and nobody who did not opt in', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    const quiet = newGuest()
    const root = await kindred.request
      .post(`/api/articles/${slug}/comments`)
      .set('Authorization', reader.auth)
      .set('X-Forwarded-For', newGuest().address)
      .send({ body: 'Reply to me, please.', notifyOnReply: true })
    const silent = await postAsGuest(kindred.request, slug, { body: 'Do not email me.' }, quiet)
    await kindred.request
      .post('/api/comments/moderate')
      .set('Authorization', moderator.auth)
      .send({ action: 'approve', ids: [root.body.id, silent.body.id] })
    const editor = await staffSession(kindred.payload, kindred.request, 'editor')
    for (const parent of [root.body.id, silent.body.id]) {
      await kindred.request
        .post(`/api/articles/${slug}/comments`)
        .set('Authorization', editor.auth)
        .send({ body: 'An answer from the editors.', parent })
    }
    await runJobs()
    expect(sentTo(reader.email).map((message) => message.subject)).toContain(
      'Someone replied to your comment',
    )
    expect(sentTo(quiet.email)).toHaveLength(0)
  })

  it('emails moderators when flags hide a comment', async () => {
    const before = sentTo(moderator.email).length
    const res = await postAsGuest(kindred.request, slug, { body: 'Divisive words.' })
    await kindred.request
      .post('/api/comments/moderate')
      .set('Authorization', moderator.auth)
      .send({ action: 'approve', ids: [res.body.id] })
    for (const _ of [1, 2, 3]) {
      await kindred.request
        .post(`/api/comments/${res.body.id}/flags`)
        .set('X-Forwarded-For', newGuest().address)
        .send({ reason: 'abuse' })
    }
    expect(await queued('commentNotifyModerators')).toContainEqual({
      commentID: res.body.id,
      event: 'flagged',
    })
    await runJobs()
    // The held comment's own "waiting for review" email runs in the same batch, in no set order.
    expect(
      sentTo(moderator.email)
        .slice(before)
        .map((message) => message.subject),
    ).toContain('A comment was flagged by readers and is hidden')
  })
})

describe('the nightly purge', () => {
  it('deletes spam older than 15 days and keeps newer spam and everything else', async () => {
    const old = await postAsGuest(kindred.request, slug, { body: 'Old spam.', website: 'http://bot.example' })
    const recent = await postAsGuest(kindred.request, slug, {
      body: 'New spam.',
      website: 'http://bot.example',
    })
    const keep = await postAsGuest(kindred.request, slug, { body: 'Old but pending.' })
    const longAgo = new Date(Date.now() - 16 * 86_400_000).toISOString()
    for (const id of [old.body.id, keep.body.id]) {
      await kindred.payload.db.updateOne({ collection: 'comments', data: { updatedAt: longAgo }, id })
    }
    await kindred.payload.jobs.queue({ input: {}, queue: 'nightly', task: 'commentPurgeSpam' } as never)
    await kindred.payload.jobs.run({ queue: 'nightly' })
    const exists = async (id: string) =>
      (await kindred.payload.count({ collection: 'comments', where: { id: { equals: id } } })).totalDocs
    expect(await exists(old.body.id)).toBe(0)
    expect(await exists(recent.body.id)).toBe(1)
    expect(await exists(keep.body.id)).toBe(1)
  })
})
