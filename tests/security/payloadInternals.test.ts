import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { readerSession, staffSession } from '../helpers/accounts.js'
import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'

const cronSecret = 'a-cron-secret-for-tests'
let kindred: Kindred
let admin: string
let editor: { auth: string; id: string }
let colleague: { auth: string; id: string }
let reader: string
let articleID: string

beforeAll(async () => {
  kindred = await bootKindred({ CRON_SECRET: cronSecret })
  admin = (await staffSession(kindred.payload, kindred.request, 'admin')).auth
  const e = await staffSession(kindred.payload, kindred.request, 'editor')
  editor = { auth: e.auth, id: String(e.user.id) }
  const c = await staffSession(kindred.payload, kindred.request, 'editor')
  colleague = { auth: c.auth, id: String(c.user.id) }
  reader = (await readerSession(kindred.payload, kindred.request)).auth
  articleID = String((await createArticle(kindred.payload, { _status: 'draft' })).id)
})
afterAll(async () => {
  await kindred.close()
})

const locks = '/api/payload-locked-documents'
const lockOn = (id: string, userID: string) => ({
  document: { relationTo: 'articles', value: id },
  user: { relationTo: 'users', value: userID },
})

describe('the job queue: only admins and the scheduler run it', () => {
  it.each([
    ['anonymous', () => ({})],
    ['a reader', () => ({ Authorization: reader })],
    ['an editor', () => ({ Authorization: editor.auth })],
    ['a wrong cron secret', () => ({ Authorization: 'Bearer not-the-secret' })],
  ])(
    '%s may not run queued jobs (401): jobs send email and purge data on a caller’s whim',
    async (_who, headers) => {
      const res = await kindred.request.get('/api/payload-jobs/run').set(headers())
      expect(res.status).toBe(401)
      expect(res.body.noJobsRemaining).toBeUndefined()
    },
  )

  it('an admin, or a scheduler with `Authorization: Bearer $CRON_SECRET`, runs them', async () => {
    for (const Authorization of [admin, `Bearer ${cronSecret}`]) {
      const res = await kindred.request.get('/api/payload-jobs/run').set({ Authorization })
      expect(res.status).toBe(200)
      expect(res.body.noJobsRemaining).toBe(true)
    }
  })

  it('the payload-jobs collection itself is closed through REST, jobs hold notification inputs', async () => {
    for (const Authorization of [reader, editor.auth, admin]) {
      expect((await kindred.request.get('/api/payload-jobs').set({ Authorization })).status).toBe(403)
      const queued = await kindred.request
        .post('/api/payload-jobs')
        .set({ Authorization })
        .send({ input: {}, taskSlug: 'notifyModerators' })
      expect(queued.status).toBe(403)
    }
  })
})

describe('document locks: staff only, held in one’s own name', () => {
  it('a reader or anonymous caller may neither list nor create locks (they name staff and drafts)', async () => {
    await kindred.request.post(locks).set({ Authorization: editor.auth }).send(lockOn(articleID, editor.id))
    for (const headers of [{}, { Authorization: reader }]) {
      expect((await kindred.request.get(locks).set(headers)).status).toBe(403)
      const created = await kindred.request.post(locks).set(headers).send(lockOn(articleID, editor.id))
      expect(created.status).toBe(403)
    }
    const query = { query: '{ PayloadLockedDocuments { docs { id } } }' }
    const asStaff = await kindred.request.post('/api/graphql').set({ Authorization: editor.auth }).send(query)
    expect(asStaff.body.data.PayloadLockedDocuments.docs.length).toBeGreaterThan(0)
    const asReader = await kindred.request.post('/api/graphql').set({ Authorization: reader }).send(query)
    expect(asReader.body.data?.PayloadLockedDocuments?.docs ?? []).toEqual([])
  })

  it('a lock is always held by whoever wrote it, never by a colleague it names', async () => {
    const created = await kindred.request
      .post(locks)
      .set({ Authorization: editor.auth })
      .send(lockOn(articleID, colleague.id))
    expect(created.status).toBe(201)
    expect(created.body.doc.user.value.id ?? created.body.doc.user.value).toBe(editor.id)
  })

  it('staff see a colleague’s lock and may take it over, as the admin panel does', async () => {
    const { body } = await kindred.request
      .get(`${locks}?where[document.value][equals]=${articleID}`)
      .set({ Authorization: colleague.auth })
    expect(body.docs.length).toBeGreaterThan(0)
    const lock = body.docs[0]
    const taken = await kindred.request
      .patch(`${locks}/${lock.id}`)
      .set({ Authorization: colleague.auth })
      .send({ user: { relationTo: 'users', value: colleague.id } })
    expect(taken.status).toBe(200)
    expect(taken.body.doc.user.value.id ?? taken.body.doc.user.value).toBe(colleague.id)
  })

  it('only the holder of a lock releases it', async () => {
    const created = await kindred.request
      .post(locks)
      .set({ Authorization: colleague.auth })
      .send(lockOn(articleID, colleague.id))
    const id = created.body.doc.id
    expect(
      (await kindred.request.delete(`${locks}/${id}`).set({ Authorization: editor.auth })).status,
    ).not.toBe(200)
    expect((await kindred.request.get(`${locks}/${id}`).set({ Authorization: colleague.auth })).status).toBe(
      200,
    )
    expect(
      (await kindred.request.delete(`${locks}/${id}`).set({ Authorization: colleague.auth })).status,
    ).toBe(200)
  })
})

describe('admin-panel preferences: staff only, their own', () => {
  it('a reader may neither store nor list preferences', async () => {
    const stored = await kindred.request
      .post('/api/payload-preferences/nav')
      .set({ Authorization: reader })
      .send({ value: { open: true } })
    expect(stored.status).toBe(403)
    expect(
      (await kindred.request.get('/api/payload-preferences/nav').set({ Authorization: reader })).status,
    ).toBe(403)
    expect(
      (await kindred.request.get('/api/payload-preferences').set({ Authorization: reader })).status,
    ).toBe(403)
    const created = await kindred.request
      .post('/api/payload-preferences')
      .set({ Authorization: reader })
      .send({ key: 'nav', value: { open: true } })
    expect(created.status).toBe(403)
  })

  it('staff store and read their own preferences, and never see a colleague’s', async () => {
    const stored = await kindred.request
      .post('/api/payload-preferences/nav')
      .set({ Authorization: editor.auth })
      .send({ value: { open: true } })
    expect(stored.status).toBe(200)
    const mine = await kindred.request.get('/api/payload-preferences/nav').set({ Authorization: editor.auth })
    expect(mine.body.value).toEqual({ open: true })
    const theirs = await kindred.request
      .get('/api/payload-preferences/nav')
      .set({ Authorization: colleague.auth })
    expect(theirs.body.value).toBeNull()
    const list = await kindred.request.get('/api/payload-preferences').set({ Authorization: colleague.auth })
    expect(list.status).toBe(200)
    expect(list.body.docs).toEqual([])
  })
})
