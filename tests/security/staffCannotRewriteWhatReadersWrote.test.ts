import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createReader, login, readerSession, staffSession } from '../helpers/accounts.js'
import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { auditOf, postAsGuest, storedComment } from '../helpers/comments.js'

let kindred: Kindred
let slug: string
let moderator: Awaited<ReturnType<typeof staffSession>>
let editor: Awaited<ReturnType<typeof staffSession>>

beforeAll(async () => {
  kindred = await bootKindred()
  slug = String((await createArticle(kindred.payload, { title: 'Words Of Readers' })).slug)
  moderator = await staffSession(kindred.payload, kindred.request, 'moderator')
  editor = await staffSession(kindred.payload, kindred.request, 'editor')
})
afterAll(async () => {
  await kindred.close()
})

const guestComment = async (body: string) =>
  (await postAsGuest(kindred.request, slug, { body })).body.id as string
const patch = (path: string, auth: string, body: Record<string, unknown>) =>
  kindred.request.patch(path).set('Authorization', auth).send(body)
const refusedPaths = (res: { body: { errors?: { data?: { errors?: { path: string }[] } }[] } }) =>
  res.body.errors?.[0]?.data?.errors?.map((error) => error.path)

describe('risk: staff put words in a reader’s mouth', () => {
  it('refuses a moderator’s new body with a 403 naming `body`, and the text stays the reader’s', async () => {
    const id = await guestComment('What I really said.')
    const res = await patch(`/api/comments/${id}`, moderator.auth, { body: 'Words I never wrote.' })
    expect(res.status).toBe(403)
    expect(refusedPaths(res)).toEqual(['body'])
    expect((await storedComment(kindred.payload, id)).body).toBe('What I really said.')
  })

  it('refuses an editor’s new author name with a 403 naming `author.name`', async () => {
    const id = await guestComment('Signed with my own name.')
    const before = await storedComment(kindred.payload, id)
    const res = await patch(`/api/comments/${id}`, editor.auth, { author: { name: 'Someone Else' } })
    expect(res.status).toBe(403)
    expect(refusedPaths(res)).toEqual(['author.name'])
    expect((await storedComment(kindred.payload, id)).author.name).toBe(before.author.name)
  })

  it('refuses the same change through GraphQL', async () => {
    const id = await guestComment('Said once, through any door.')
    const { author } = await storedComment(kindred.payload, id)
    const res = await kindred.request
      .post('/api/graphql')
      .set('Authorization', moderator.auth)
      .send({
        query:
          'mutation ($id: String!, $data: mutationCommentUpdateInput!) { updateComment(id: $id, data: $data) { id } }',
        variables: { data: { author: { name: author.name }, body: 'Rewritten' }, id },
      })
    expect(res.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect((await storedComment(kindred.payload, id)).body).toBe('Said once, through any door.')
  })

  it('lets a moderator change the status, sending the unchanged text back as the admin form does, audited before and after', async () => {
    const id = await guestComment('Please approve me.')
    const stored = await storedComment(kindred.payload, id)
    const res = await patch(`/api/comments/${id}`, moderator.auth, {
      author: { name: stored.author.name },
      body: stored.body,
      status: 'approved',
    })
    expect(res.status).toBe(200)
    expect((await auditOf(kindred.payload, id)).at(-1)).toMatchObject({
      actor: `staff:${moderator.user.id}`,
      changes: { status: { from: 'pending', to: 'approved' } },
      fromStatus: 'pending',
      toStatus: 'approved',
    })
  })
})

describe('risk: a staff change leaves no trace', () => {
  it('audits a change that is not a status change, with before and after', async () => {
    const id = await guestComment('Email me when answered.')
    const res = await patch(`/api/comments/${id}`, moderator.auth, { notifyOnReply: true })
    expect(res.status).toBe(200)
    expect((await auditOf(kindred.payload, id)).at(-1)).toMatchObject({
      action: 'changed',
      actor: `staff:${moderator.user.id}`,
      changes: { notifyOnReply: { from: false, to: true } },
    })
  })
  it('audits an admin’s delete of someone else’s comment', async () => {
    const id = await guestComment('Removed by staff.')
    const admin = await staffSession(kindred.payload, kindred.request, 'admin')
    const res = await kindred.request.delete(`/api/comments/${id}`).set('Authorization', admin.auth)
    expect(res.status).toBe(200)
    const entries = await kindred.payload.find({
      collection: 'moderation-log',
      overrideAccess: true,
      where: { note: { equals: `Comment ${id} removed` } },
    })
    expect(entries.docs.map(({ action, actor, fromStatus }) => ({ action, actor, fromStatus }))).toEqual([
      { action: 'deleted', actor: `staff:${admin.user.id}`, fromStatus: 'pending' },
    ])
  })
})

describe('risk: an account grants itself what only an admin may', () => {
  it('refuses a reader setting `_verified` on their own account, with a 403 naming it', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    const res = await patch(`/api/readers/${reader.reader.id}`, reader.auth, { _verified: false })
    expect(res.status).toBe(403)
    expect(refusedPaths(res)).toEqual(['_verified'])
    const stored = await kindred.payload.findByID({ collection: 'readers', id: reader.reader.id })
    expect(stored._verified).toBe(true)
  })

  it('refuses a new reader who registers as already verified', async () => {
    const res = await kindred.request.post('/api/readers').send({
      _verified: true,
      displayName: 'Self Verified',
      email: 'self-verified@example.test',
      password: 'correct-horse-battery',
    })
    expect(res.status).toBe(403)
    expect(refusedPaths(res)).toEqual(['_verified'])
  })

  it('refuses a reader resetting their own login lock or password hash', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    for (const [field, value] of Object.entries({
      hash: 'x',
      lockUntil: null,
      loginAttempts: 0,
      salt: 'x',
    })) {
      const res = await patch(`/api/readers/${reader.reader.id}`, reader.auth, { [field]: value ?? 'x' })
      expect([field, res.status]).toEqual([field, 403])
      expect(refusedPaths(res)).toEqual([field])
    }
  })

  it('refuses a reader moving their verified account to an unproven email, with a 403 naming it', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    const moved = await patch(`/api/readers/${reader.reader.id}`, reader.auth, {
      email: 'victim@example.test',
    })
    expect(moved.status).toBe(403)
    expect(refusedPaths(moved)).toEqual(['email'])
    const same = await patch(`/api/readers/${reader.reader.id}`, reader.auth, {
      displayName: 'Same Email',
      email: reader.email.toUpperCase(),
    })
    expect(same.status).toBe(200)
  })

  it('still lets a reader change their display name and password, and an admin verify them', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    const renamed = await patch(`/api/readers/${reader.reader.id}`, reader.auth, {
      displayName: 'New Name',
      password: 'another-horse-battery',
    })
    expect(renamed.status).toBe(200)
    const admin = await staffSession(kindred.payload, kindred.request, 'admin')
    const unverified = await createReader(kindred.payload)
    const verified = await patch(`/api/readers/${unverified.reader.id}`, admin.auth, { _verified: true })
    expect(verified.status).toBe(200)
  })

  it('refuses an editor giving themselves a role, with a 403 naming `roles`; an admin may', async () => {
    const res = await patch(`/api/users/${editor.user.id}`, editor.auth, { roles: ['admin'] })
    expect(res.status).toBe(403)
    expect(refusedPaths(res)).toEqual(['roles'])
    const stored = await kindred.payload.findByID({ collection: 'users', id: editor.user.id })
    expect(stored.roles).toEqual(['editor'])
    const admin = await staffSession(kindred.payload, kindred.request, 'admin')
    const other = await staffSession(kindred.payload, kindred.request, 'editor')
    expect((await patch(`/api/users/${other.user.id}`, admin.auth, { roles: ['moderator'] })).status).toBe(
      200,
    )
    // Sending one's roles back unchanged (the admin panel's form does) is no attempt at all.
    const same = await patch(`/api/users/${editor.user.id}`, editor.auth, {
      name: 'Renamed',
      roles: ['editor'],
    })
    expect(same.status).toBe(200)
    expect(await login(kindred.request, 'users', editor.email)).toBeTruthy()
  })
})
