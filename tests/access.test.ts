import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { StaffRole } from '../src/access/roles.js'

import { readerSession, staffSession } from './helpers/accounts.js'
import { createArticle, sampleContent } from './helpers/articles.js'
import { bootKindred, type Kindred } from './helpers/bootKindred.js'

let kindred: Kindred
const auth: Partial<Record<'reader' | StaffRole, string>> = {}
let readerID: string

beforeAll(async () => {
  kindred = await bootKindred()
  for (const role of ['admin', 'editor', 'moderator', 'counselor'] as const) {
    auth[role] = (await staffSession(kindred.payload, kindred.request, role)).auth
  }
  const reader = await readerSession(kindred.payload, kindred.request)
  auth.reader = reader.auth
  readerID = String(reader.reader.id)
})
afterAll(async () => {
  await kindred.close()
})

const as = (who: keyof typeof auth | 'anonymous') =>
  who === 'anonymous' ? {} : { Authorization: auth[who]! }
const newArticle = () => ({ content: sampleContent, title: `Access ${Math.random()}` })

describe('articles: who may write', () => {
  it.each(['admin', 'editor'] as const)('%s creates, updates and deletes articles', async (who) => {
    const created = await kindred.request.post('/api/articles').set(as(who)).send(newArticle())
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const updated = await kindred.request.patch(`/api/articles/${id}`).set(as(who)).send({ title: 'Renamed' })
    expect(updated.status).toBe(200)
    expect((await kindred.request.delete(`/api/articles/${id}`).set(as(who))).status).toBe(200)
  })

  it.each(['moderator', 'counselor', 'reader'] as const)(
    '%s may not create an article (403)',
    async (who) => {
      const res = await kindred.request.post('/api/articles').set(as(who)).send(newArticle())
      expect(res.status).toBe(403)
    },
  )

  it('anonymous may not create an article (403)', async () => {
    const res = await kindred.request.post('/api/articles').send(newArticle())
    expect(res.status).toBe(403)
  })

  it.each(['moderator', 'counselor', 'reader', 'anonymous'] as const)(
    '%s may neither edit nor delete an existing article',
    async (who) => {
      const article = await createArticle(kindred.payload)
      const patch = await kindred.request
        .patch(`/api/articles/${article.id}`)
        .set(as(who))
        .send({ title: 'x' })
      expect(patch.status).toBe(403)
      const del = await kindred.request.delete(`/api/articles/${article.id}`).set(as(who))
      expect(del.status).toBe(403)
      const still = await kindred.payload.findByID({ collection: 'articles', id: article.id })
      expect(still.title).toBe(article.title)
    },
  )
})

describe('media and categories', () => {
  it.each(['moderator', 'counselor', 'reader', 'anonymous'] as const)(
    '%s may not create a category',
    async (who) => {
      const res = await kindred.request.post('/api/categories').set(as(who)).send({ title: 'Parenting' })
      expect(res.status).toBe(403)
    },
  )

  it('an editor creates a category and anyone reads it', async () => {
    const res = await kindred.request.post('/api/categories').set(as('editor')).send({ title: 'Parenting' })
    expect(res.status).toBe(201)
    const list = await kindred.request.get('/api/categories')
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc: { title: string }) => doc.title)).toContain('Parenting')
  })

  it.each(['moderator', 'counselor', 'reader', 'anonymous'] as const)(
    '%s may not upload media',
    async (who) => {
      const res = await kindred.request
        .post('/api/media')
        .set(as(who))
        .field('_payload', JSON.stringify({ alt: 'x' }))
        .attach('file', Buffer.from('not really an image'), 'x.png')
      expect(res.status).toBe(403)
    },
  )
})

describe('staff accounts', () => {
  it('anonymous and readers cannot list staff accounts or their emails', async () => {
    for (const who of ['anonymous', 'reader'] as const) {
      const res = await kindred.request.get('/api/users').set(as(who))
      expect(res.status).toBe(403)
      expect(JSON.stringify(res.body)).not.toContain('@example.test')
    }
  })

  it('only an admin creates staff accounts', async () => {
    const data = {
      email: `new-${Date.now()}@example.test`,
      name: 'New',
      password: 'pw-long-enough',
      roles: ['editor'],
    }
    expect((await kindred.request.post('/api/users').set(as('editor')).send(data)).status).toBe(403)
    expect((await kindred.request.post('/api/users').set(as('admin')).send(data)).status).toBe(201)
  })

  it('an editor cannot promote themselves to admin', async () => {
    const me = await kindred.request.get('/api/users/me').set(as('editor'))
    const res = await kindred.request
      .patch(`/api/users/${me.body.user.id}`)
      .set(as('editor'))
      .send({ roles: ['admin'] })
    const after = await kindred.payload.findByID({ collection: 'users', id: me.body.user.id })
    expect(after.roles).toEqual(['editor'])
    expect([200, 403]).toContain(res.status)
  })
})

describe('reader accounts', () => {
  it('a reader reads only their own account', async () => {
    const list = await kindred.request.get('/api/readers').set(as('reader'))
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc: { id: string }) => doc.id)).toEqual([readerID])
  })

  it('a reader cannot read or change another reader (404 / 403)', async () => {
    const other = await readerSession(kindred.payload, kindred.request)
    const read = await kindred.request.get(`/api/readers/${other.reader.id}`).set(as('reader'))
    expect([403, 404]).toContain(read.status)
    expect(JSON.stringify(read.body)).not.toContain(other.email)
    const patch = await kindred.request
      .patch(`/api/readers/${other.reader.id}`)
      .set(as('reader'))
      .send({ displayName: 'Hijacked' })
    expect([403, 404]).toContain(patch.status)
  })

  it('anonymous cannot list readers', async () => {
    const res = await kindred.request.get('/api/readers')
    expect(res.status).toBe(403)
  })
})
