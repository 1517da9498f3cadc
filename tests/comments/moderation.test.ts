import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { readerSession, staffSession } from '../helpers/accounts.js'
import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { auditOf, newGuest, postAsGuest, storedComment } from '../helpers/comments.js'

let kindred: Kindred
let slug: string
let articleID: string
let moderator: { auth: string; user: { id: number | string } }

beforeAll(async () => {
  kindred = await bootKindred()
  const article = await createArticle(kindred.payload, { title: 'Moderated' })
  slug = article.slug as string
  articleID = String(article.id)
  moderator = await staffSession(kindred.payload, kindred.request, 'moderator')
})
afterAll(async () => {
  await kindred.close()
})

const count = async () =>
  (await kindred.payload.findByID({ collection: 'articles', id: articleID })).commentCount
const moderate = (body: Record<string, unknown>, auth = moderator.auth) =>
  kindred.request.post('/api/comments/moderate').set('Authorization', auth).send(body)
const approvedGuestComment = async (body = `Approved ${Math.random()}`) => {
  const res = await postAsGuest(kindred.request, slug, { body })
  await moderate({ action: 'approve', ids: [res.body.id] })
  return res.body.id as string
}

describe('moderators', () => {
  it('approve, reject and mark spam in bulk; each decision is audited and the count follows', async () => {
    const ids = await Promise.all(
      ['One to approve.', 'Two to approve.', 'Three to reject.'].map(
        async (body) => (await postAsGuest(kindred.request, slug, { body })).body.id,
      ),
    )
    const before = await count()
    const approved = await moderate({ action: 'approve', ids: ids.slice(0, 2) })
    expect(approved.status).toBe(200)
    expect(approved.body).toEqual({ notFound: [], status: 'approved', updated: ids.slice(0, 2) })
    expect(await count()).toBe((before ?? 0) + 2)
    await moderate({ action: 'reject', ids: [ids[2]], note: 'Off topic' })
    const audit = await auditOf(kindred.payload, ids[2])
    expect(audit.at(-1)).toMatchObject({
      action: 'reject',
      actor: `staff:${moderator.user.id}`,
      fromStatus: 'pending',
      note: 'Off topic',
      toStatus: 'rejected',
    })
    await moderate({ action: 'spam', ids: [ids[0]] })
    expect(await count()).toBe((before ?? 0) + 1)
  })

  it('recount approved comments without changing the article’s updatedAt: reader activity is not an edit', async () => {
    const before = await kindred.payload.findByID({ collection: 'articles', id: articleID })
    await new Promise((resolve) => setTimeout(resolve, 20))
    await approvedGuestComment()
    const after = await kindred.payload.findByID({ collection: 'articles', id: articleID })
    expect(after.commentCount).toBe((before.commentCount ?? 0) + 1)
    expect(after.updatedAt).toBe(before.updatedAt)
  })

  it('change someone else’s comment through PATCH /api/comments/:id, Payload’s own update, audited', async () => {
    const posted = await postAsGuest(kindred.request, slug, { body: 'Held for a human.' })
    const before = await count()
    const res = await kindred.request
      .patch(`/api/comments/${posted.body.id}`)
      .set('Authorization', moderator.auth)
      .send({ status: 'approved' })
    expect(res.status).toBe(200)
    // Payload's answer shape, not the author endpoint's `{ id, status, message }`.
    expect(res.body.doc).toMatchObject({ id: posted.body.id, status: 'approved' })
    expect(await count()).toBe((before ?? 0) + 1)
    expect((await auditOf(kindred.payload, posted.body.id)).at(-1)).toMatchObject({
      actor: `staff:${moderator.user.id}`,
      fromStatus: 'pending',
      toStatus: 'approved',
    })
  })

  it('refuse readers (403) and anonymous callers (401), and validate the body', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    const id = (await postAsGuest(kindred.request, slug, { body: 'Not yours to judge.' })).body.id
    expect((await moderate({ action: 'approve', ids: [id] }, reader.auth)).status).toBe(403)
    expect(
      (await kindred.request.post('/api/comments/moderate').send({ action: 'approve', ids: [id] })).status,
    ).toBe(401)
    expect((await storedComment(kindred.payload, id)).status).toBe('pending')
    const bad = await moderate({ action: 'delete-everything', ids: [] })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors.map((error: { path: string }) => error.path)).toEqual([
      'action',
      'ids',
    ])
  })

  it('read the audit log; readers and anonymous cannot', async () => {
    expect(
      (await kindred.request.get('/api/moderation-log').set('Authorization', moderator.auth)).body.totalDocs,
    ).toBeGreaterThan(0)
    const reader = await readerSession(kindred.payload, kindred.request)
    expect((await kindred.request.get('/api/moderation-log').set('Authorization', reader.auth)).status).toBe(
      403,
    )
    expect((await kindred.request.get('/api/moderation-log')).status).toBe(403)
  })

  it('see guests’ emails and the moderation record through the API; readers never do', async () => {
    const id = (await postAsGuest(kindred.request, slug, { body: 'Who wrote me?' })).body.id
    const asModerator = await kindred.request.get(`/api/comments/${id}`).set('Authorization', moderator.auth)
    expect(asModerator.body.author.email).toMatch(/@example\.test$/)
    expect(asModerator.body.moderation.reasons.length).toBeGreaterThan(0)
    const reader = await readerSession(kindred.payload, kindred.request)
    // Someone else's comment is not theirs to read: 404, as for one that does not exist.
    expect((await kindred.request.get(`/api/comments/${id}`).set('Authorization', reader.auth)).status).toBe(
      404,
    )
    expect((await kindred.request.get('/api/comments')).status).toBe(403)
  })

  it('ban with "reject pending": the commenter’s pending comments are rejected', async () => {
    const guest = newGuest()
    const id = (await postAsGuest(kindred.request, slug, { body: 'Pending before the ban.' }, guest)).body.id
    const ban = await kindred.request
      .post('/api/comment-bans')
      .set('Authorization', moderator.auth)
      .send({ email: guest.email.toUpperCase(), reason: 'Harassment', rejectPending: true, target: 'email' })
    expect(ban.status).toBe(201)
    expect((await storedComment(kindred.payload, id)).status).toBe('rejected')
    const reader = await readerSession(kindred.payload, kindred.request)
    expect(
      (
        await kindred.request
          .post('/api/comment-bans')
          .set('Authorization', reader.auth)
          .send({ email: 'x@example.test', reason: 'x', target: 'email' })
      ).status,
    ).toBe(403)
  })
})

describe('authors', () => {
  it('edit within the edit window; the edit is checked again', async () => {
    const editor = await staffSession(kindred.payload, kindred.request, 'editor')
    const posted = await kindred.request
      .post(`/api/articles/${slug}/comments`)
      .set('Authorization', editor.auth)
      .send({ body: 'Typo hre.' })
    const edited = await kindred.request
      .patch(`/api/comments/${posted.body.id}`)
      .set('Authorization', editor.auth)
      .send({ body: 'Typo here.' })
    expect(edited.status).toBe(200)
    const stored = await storedComment(kindred.payload, posted.body.id)
    expect(stored).toMatchObject({ body: 'Typo here.', status: 'approved' })
    expect(stored.editedAt).toBeTruthy()
    const tooLong = await kindred.request
      .patch(`/api/comments/${posted.body.id}`)
      .set('Authorization', editor.auth)
      .send({ body: 'x'.repeat(6000) })
    expect(tooLong.status).toBe(400)
    // A form shows what to fix beside the text, as for a refused new comment.
    const refusal = tooLong.body.errors[0]
    expect(refusal.message).toMatch(/too long: please keep it to 5000 characters/)
    expect(refusal.data.errors).toEqual([{ message: refusal.message, path: 'body' }])
  })

  it('cannot edit after the window, nor someone else’s comment (404 hides it)', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    const posted = await kindred.request
      .post(`/api/articles/${slug}/comments`)
      .set('Authorization', reader.auth)
      .set('X-Forwarded-For', newGuest().address)
      .send({ body: 'Written long ago.' })
    const other = await readerSession(kindred.payload, kindred.request)
    expect(
      (
        await kindred.request
          .patch(`/api/comments/${posted.body.id}`)
          .set('Authorization', other.auth)
          .send({ body: 'Mine now.' })
      ).status,
    ).toBe(404)
    expect(
      (await kindred.request.patch(`/api/comments/${posted.body.id}`).send({ body: 'Anonymous edit.' }))
        .status,
    ).toBe(404)
    await kindred.payload.db.updateOne({
      collection: 'comments',
      data: { createdAt: new Date(Date.now() - 10 * 60_000).toISOString() },
      id: posted.body.id,
    })
    expect(
      (
        await kindred.request
          .patch(`/api/comments/${posted.body.id}`)
          .set('Authorization', reader.auth)
          .send({ body: 'Too late.' })
      ).status,
    ).toBe(403)
  })

  it('delete: with replies the comment stays as a placeholder, without it is gone; the count follows', async () => {
    const editor = await staffSession(kindred.payload, kindred.request, 'editor')
    const post = (body: Record<string, unknown>) =>
      kindred.request.post(`/api/articles/${slug}/comments`).set('Authorization', editor.auth).send(body)
    const parent = await post({ body: 'I will be deleted.' })
    await post({ body: 'A reply that must survive.', parent: parent.body.id })
    const lone = await post({ body: 'Gone without a trace.' })
    const before = await count()
    expect(
      (await kindred.request.delete(`/api/comments/${parent.body.id}`).set('Authorization', editor.auth))
        .body,
    ).toEqual({ deleted: true, placeholder: true })
    expect(
      (await kindred.request.delete(`/api/comments/${lone.body.id}`).set('Authorization', editor.auth)).body,
    ).toEqual({ deleted: true, placeholder: false })
    expect(await count()).toBe((before ?? 0) - 2)
    const thread = await kindred.request.get(`/api/articles/${slug}/comments?limit=100`)
    const placeholder = thread.body.comments.find((comment: { id: string }) => comment.id === parent.body.id)
    expect(placeholder).toMatchObject({ author: { name: '' }, body: '', deleted: true })
    expect(placeholder.replies[0].body).toBe('A reply that must survive.')
    expect(JSON.stringify(thread.body)).not.toContain('Gone without a trace.')
  })

  it('delete: a flagged comment goes with its flags, by its author or an admin, never a 500', async () => {
    const editor = await staffSession(kindred.payload, kindred.request, 'editor')
    const byAuthor = await kindred.request
      .post(`/api/articles/${slug}/comments`)
      .set('Authorization', editor.auth)
      .send({ body: 'Flagged, then deleted by its author.' })
    const byAdmin = await approvedGuestComment('Flagged, then deleted by an admin.')
    const flagger = await readerSession(kindred.payload, kindred.request)
    for (const id of [byAuthor.body.id, byAdmin]) {
      const flagged = await kindred.request
        .post(`/api/comments/${id}/flags`)
        .set('Authorization', flagger.auth)
        .send({ reason: 'off-topic' })
      expect(flagged.status).toBe(201)
    }
    const deletedByAuthor = await kindred.request
      .delete(`/api/comments/${byAuthor.body.id}`)
      .set('Authorization', editor.auth)
    expect([deletedByAuthor.status, deletedByAuthor.body]).toEqual([
      200,
      { deleted: true, placeholder: false },
    ])
    const admin = await staffSession(kindred.payload, kindred.request, 'admin')
    const deletedByAdmin = await kindred.request
      .delete(`/api/comments/${byAdmin}`)
      .set('Authorization', admin.auth)
    expect(deletedByAdmin.status).toBe(200)
    const flags = await kindred.request
      .get('/api/comment-flags?limit=100&depth=0')
      .set('Authorization', moderator.auth)
    const flaggedComments = flags.body.docs.map((flag: { comment: string }) => flag.comment)
    expect(flaggedComments).not.toContain(byAuthor.body.id)
    expect(flaggedComments).not.toContain(byAdmin)
  })
})

describe('flags', () => {
  it('one flag per reader; three distinct flaggers hide the comment back to pending', async () => {
    const id = await approvedGuestComment('Controversial take.')
    const readers = await Promise.all([1, 2, 3].map(() => readerSession(kindred.payload, kindred.request)))
    const flag = (auth: string) =>
      kindred.request
        .post(`/api/comments/${id}/flags`)
        .set('Authorization', auth)
        .send({ reason: 'abuse', note: 'Rude' })
    expect((await flag(readers[0].auth)).status).toBe(201)
    expect((await flag(readers[0].auth)).status).toBe(409)
    expect((await flag(readers[1].auth)).status).toBe(201)
    expect((await storedComment(kindred.payload, id)).status).toBe('approved')
    expect((await flag(readers[2].auth)).status).toBe(201)
    const stored = await storedComment(kindred.payload, id)
    expect(stored.status).toBe('pending')
    expect(stored.moderation?.flagCount).toBe(3)
    expect((await auditOf(kindred.payload, id)).at(-1)).toMatchObject({
      action: 'auto-hidden',
      actor: 'rule',
    })
    const flags = await kindred.request
      .get(`/api/comment-flags?where[comment][equals]=${id}`)
      .set('Authorization', moderator.auth)
    expect(flags.body.docs.map((doc: { reason: string }) => doc.reason)).toEqual(['abuse', 'abuse', 'abuse'])
  })

  it('a guest flags once per address; bad reasons are 400; hidden comments cannot be flagged', async () => {
    const id = await approvedGuestComment()
    const address = newGuest().address
    const flag = (body: Record<string, unknown>) =>
      kindred.request.post(`/api/comments/${id}/flags`).set('X-Forwarded-For', address).send(body)
    expect((await flag({ reason: 'nonsense' })).status).toBe(400)
    expect((await flag({ reason: 'spam' })).status).toBe(201)
    expect((await flag({ reason: 'spam' })).status).toBe(409)
    const pending = (await postAsGuest(kindred.request, slug, { body: 'Still pending.' })).body.id
    expect(
      (await kindred.request.post(`/api/comments/${pending}/flags`).send({ reason: 'spam' })).status,
    ).toBe(404)
  })
})

describe('data rights', () => {
  it('exports every comment of an email, then erases them to placeholders', async () => {
    const guest = newGuest()
    const id = (await postAsGuest(kindred.request, slug, { body: 'My personal story.' }, guest)).body.id
    const exported = await kindred.request
      .get(`/api/comments/export?email=${guest.email}`)
      .set('Authorization', moderator.auth)
    expect(exported.status).toBe(200)
    expect(exported.body.comments.map((comment: { body: string }) => comment.body)).toEqual([
      'My personal story.',
    ])
    const reader = await readerSession(kindred.payload, kindred.request)
    expect(
      (
        await kindred.request
          .get(`/api/comments/export?email=${guest.email}`)
          .set('Authorization', reader.auth)
      ).status,
    ).toBe(403)
    const erased = await kindred.request
      .post('/api/comments/erase')
      .set('Authorization', moderator.auth)
      .send({ email: guest.email })
    expect(erased.body).toEqual({ erased: 1 })
    const stored = await storedComment(kindred.payload, id)
    expect(stored).toMatchObject({ body: '', deleted: true })
    expect(JSON.stringify(stored)).not.toContain(guest.email)
    expect(stored.moderation?.ipFingerprint ?? null).toBeNull()
  })
})

describe('the approved count', () => {
  it('stays exact under 50 concurrent posts', async () => {
    const article = await createArticle(kindred.payload, { title: 'Busy Thread' })
    const editors = await Promise.all(
      Array.from({ length: 5 }, () => staffSession(kindred.payload, kindred.request, 'editor')),
    )
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        kindred.request
          .post(`/api/articles/${article.id}/comments`)
          .set('Authorization', editors[index % 5].auth)
          .send({ body: `Concurrent comment ${index}` }),
      ),
    )
    expect(responses.map((res) => res.status)).toEqual(Array(50).fill(201))
    const stored = await kindred.payload.findByID({ collection: 'articles', id: article.id })
    expect(stored.commentCount).toBe(50)
    const thread = await kindred.request.get(`/api/articles/${article.id}/comments?limit=100`)
    expect(thread.body.totalComments).toBe(50)
  })
})
