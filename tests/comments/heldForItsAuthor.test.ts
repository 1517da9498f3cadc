import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { readerSession, staffSession } from '../helpers/accounts.js'
import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { postAsGuest } from '../helpers/comments.js'

let kindred: Kindred
let slug: string

beforeAll(async () => {
  kindred = await bootKindred()
  slug = (await createArticle(kindred.payload, { title: 'Held For Its Author' })).slug as string
})
afterAll(async () => {
  await kindred.close()
})

type ThreadComment = { body: string; id: string; pending?: true; replies: ThreadComment[] }

const threadIDs = async (headers: Record<string, string> = {}) => {
  const res = await kindred.request.get(`/api/articles/${slug}/comments`).set(headers)
  expect(res.status).toBe(200)
  const flat = (comments: ThreadComment[]): ThreadComment[] =>
    comments.flatMap((comment) => [comment, ...flat(comment.replies)])
  return flat(res.body.comments)
}

const heldComment = async (body: string) => {
  const res = await postAsGuest(kindred.request, slug, { body })
  expect(res.status).toBe(201)
  expect(res.body.status).toBe('pending')
  return res.body as { authorToken: string; id: string }
}

describe('a guest’s held comment, read by its author token', () => {
  it('shows the held comment, marked pending, to the guest who sends its author token', async () => {
    const held = await heldComment('My own words, waiting for a moderator.')
    expect(held.authorToken).toMatch(new RegExp(`^${held.id}\\.[\\w-]{43}$`))
    const seen = await threadIDs({ 'X-Comment-Token': held.authorToken })
    expect(seen).toEqual([expect.objectContaining({ id: held.id, pending: true })])
    expect(JSON.stringify(seen)).not.toContain('@example.test')
  })

  it('never serves the token holder the anonymous cached thread, nor caches their view for others', async () => {
    const held = await heldComment('Cached threads must not hide or leak this.')
    expect((await threadIDs()).map((c) => c.id)).not.toContain(held.id) // now cached for anonymous readers
    expect((await threadIDs({ 'X-Comment-Token': held.authorToken })).map((c) => c.id)).toContain(held.id)
    expect((await threadIDs()).map((c) => c.id)).not.toContain(held.id)
  })

  it('privacy: an anonymous reader, another guest, another guest and another reader cannot read it', async () => {
    const held = await heldComment('Nobody else may read this before approval.')
    const other = await heldComment('Another guest’s own held comment.')
    const reader = await readerSession(kindred.payload, kindred.request)
    expect((await threadIDs()).map((c) => c.id)).not.toContain(held.id)
    expect((await threadIDs({ 'X-Comment-Token': other.authorToken })).map((c) => c.id)).toEqual([other.id])
    expect((await threadIDs({ Authorization: reader.auth })).map((c) => c.id)).not.toContain(held.id)
    const byID = await kindred.request
      .get(`/api/comments/${held.id}`)
      .set('X-Comment-Token', other.authorToken)
    expect(byID.status).toBe(404)
    // Without any token or session the collection is closed altogether: Payload's 403, the same for every id.
    const anonymous = await kindred.request.get(`/api/comments/${held.id}`)
    expect(anonymous.status).toBe(403)
  })

  it('forgery: a token with another comment’s id or a made-up signature shows nothing', async () => {
    const held = await heldComment('Forged tokens must not open this.')
    const other = await heldComment('The forger’s own comment.')
    const signature = other.authorToken.split('.')[1]
    for (const token of [`${held.id}.${signature}`, `${held.id}.`, held.id, `${held.id}.${'A'.repeat(43)}`]) {
      expect((await threadIDs({ 'X-Comment-Token': token })).map((c) => c.id)).not.toContain(held.id)
    }
  })

  it('reads the held comment by id with its token, without the guest’s email or the moderation record', async () => {
    const held = await heldComment('Readable by id with the token.')
    const res = await kindred.request.get(`/api/comments/${held.id}`).set('X-Comment-Token', held.authorToken)
    expect(res.status).toBe(200)
    expect(res.body).toEqual(expect.objectContaining({ id: held.id, status: 'pending' }))
    expect(JSON.stringify(res.body)).not.toMatch(/@example\.test|ipFingerprint|authorKey/)
  })

  it('does not tell a guest their comment was caught as spam: a spam comment stays out of sight, token or not', async () => {
    const res = await postAsGuest(kindred.request, slug, { body: 'Buy now, a bot wrote this.', website: 'x' })
    expect(res.status).toBe(201)
    expect(res.body.message).toBe('Your comment is awaiting moderation.')
    expect((await threadIDs({ 'X-Comment-Token': res.body.authorToken })).map((c) => c.id)).not.toContain(
      res.body.id,
    )
  })

  it('shows an approved comment to everyone, no longer marked pending', async () => {
    const held = await heldComment('Approved in the end.')
    const moderator = await staffSession(kindred.payload, kindred.request, 'moderator')
    const moderated = await kindred.request
      .post('/api/comments/moderate')
      .set('Authorization', moderator.auth)
      .send({ action: 'approve', ids: [held.id] })
    expect(moderated.status).toBe(200)
    const seen = (await threadIDs()).find((c) => c.id === held.id)
    expect(seen).toBeDefined()
    expect(seen?.pending).toBeUndefined()
  })
})
