import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { readerSession } from '../helpers/accounts.js'
import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { auditOf, postAsGuest, storedComment } from '../helpers/comments.js'

let kindred: Kindred
let slug: string

beforeAll(async () => {
  kindred = await bootKindred()
  slug = String((await createArticle(kindred.payload, { title: 'Own Words' })).slug)
})
afterAll(async () => {
  await kindred.close()
})

let addresses = 0
// Each post from an address of its own, so flood control (per IP) does not refuse the next test's post.
const post = (auth: string, body: string) =>
  kindred.request
    .post(`/api/articles/${slug}/comments`)
    .set('Authorization', auth)
    .set('X-Forwarded-For', `10.77.0.${++addresses}`)
    .send({ body })
const graphql = (auth: string, query: string, variables: Record<string, unknown>) =>
  kindred.request.post('/api/graphql').set('Authorization', auth).send({ query, variables })

describe('risk: an author skips the moderation pipeline by another door', () => {
  it('refuses a reader’s GraphQL edit of their own comment; the endpoint edit is checked and audited', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    const id = (await post(reader.auth, 'My first words.')).body.id
    const bypass = await graphql(
      reader.auth,
      'mutation ($id: String!, $data: mutationCommentUpdateInput!) { updateComment(id: $id, data: $data) { id } }',
      {
        data: { author: { name: reader.reader.displayName }, body: 'Buy cheap pills', status: 'approved' },
        id,
      },
    )
    expect(bypass.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(await storedComment(kindred.payload, id)).toMatchObject({ body: 'My first words.' })
    const edit = await kindred.request
      .patch(`/api/comments/${id}`)
      .set('Authorization', reader.auth)
      .send({ body: 'My second thoughts.' })
    expect(edit.status).toBe(200)
    expect((await auditOf(kindred.payload, id)).at(-1)).toMatchObject({
      action: 'edited',
      actor: `reader:${reader.reader.id}`,
    })
  })

  it('refuses a reader’s bulk REST update or delete of their own comments', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    const id = (await post(reader.auth, 'Kept as I wrote it.')).body.id
    const where = `where[id][equals]=${id}`
    const update = await kindred.request
      .patch(`/api/comments?${where}`)
      .set('Authorization', reader.auth)
      .send({ status: 'approved' })
    expect(update.status).toBe(403)
    const remove = await kindred.request.delete(`/api/comments?${where}`).set('Authorization', reader.auth)
    expect(remove.status).toBe(403)
    expect(await storedComment(kindred.payload, id)).toMatchObject({ body: 'Kept as I wrote it.' })
  })
})

describe('risk: a reader reads or changes someone else’s comment', () => {
  it('shows a reader their own comments through REST, without emails or the moderation record, and no one else’s', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    const mine = (await post(reader.auth, 'Mine to read.')).body.id
    const theirs = (await postAsGuest(kindred.request, slug, { body: 'Not for your eyes.' })).body.id
    const list = await kindred.request.get('/api/comments?depth=0').set('Authorization', reader.auth)
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc: { id: string }) => doc.id)).toEqual([mine])
    expect(list.body.docs[0].moderation).toBeUndefined()
    expect(list.body.docs[0].author.email).toBeUndefined()
    const other = await kindred.request.get(`/api/comments/${theirs}`).set('Authorization', reader.auth)
    expect(other.status).toBe(404)
    const edit = await kindred.request
      .patch(`/api/comments/${theirs}`)
      .set('Authorization', reader.auth)
      .send({ body: 'Hijacked.' })
    expect(edit.status).toBe(404)
    expect(
      (await kindred.request.delete(`/api/comments/${theirs}`).set('Authorization', reader.auth)).status,
    ).toBe(404)
    expect(await storedComment(kindred.payload, theirs)).toMatchObject({
      body: 'Not for your eyes.',
      deleted: false,
    })
  })

  it('does not tell a reader that a comment of theirs was judged spam or rejected', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    const id = (await post(reader.auth, 'Judged quietly.')).body.id
    await kindred.payload.update({
      collection: 'comments',
      data: { status: 'spam' },
      id,
      overrideAccess: true,
    })
    const list = await kindred.request.get('/api/comments').set('Authorization', reader.auth)
    expect(list.status).toBe(200)
    expect(list.body.docs).toEqual([])
    expect((await kindred.request.get(`/api/comments/${id}`).set('Authorization', reader.auth)).status).toBe(
      404,
    )
  })
})
