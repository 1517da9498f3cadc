import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

import { readerSession, staffSession } from '../helpers/accounts.js'
import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { newGuest, postAsGuest } from '../helpers/comments.js'
import { testDatabase } from '../helpers/testDatabase.js'

let kindred: Kindred
let slug: string
let moderator: Awaited<ReturnType<typeof staffSession>>

beforeAll(async () => {
  kindred = await bootKindred()
  slug = String((await createArticle(kindred.payload, { title: 'Erase Me' })).slug)
  moderator = await staffSession(kindred.payload, kindred.request, 'moderator')
})
afterAll(async () => {
  await kindred.close()
})

const asModerator = (method: 'patch' | 'post', url: string, body: Record<string, unknown>) =>
  kindred.request[method](url).set('Authorization', moderator.auth).send(body)
const approve = (id: string) =>
  asModerator('post', '/api/comments/moderate', { action: 'approve', ids: [id] })
const flag = (id: string, address: string, note: string) =>
  kindred.request
    .post(`/api/comments/${id}/flags`)
    .set('X-Forwarded-For', address)
    .send({ note, reason: 'other' })

type Query = (sql: string) => Promise<{ rows: unknown[] }>

/** Runs SQL on the adapter's own client: the test reads the database the way the adapter wrote it. */
const query: Query = (sql) => {
  const db = kindred.payload.db as unknown as {
    client?: { execute: Query }
    pool?: { query: Query }
  }
  return db.pool ? db.pool.query(sql) : db.client!.execute(sql)
}

const tablesSQL =
  testDatabase() === 'postgres'
    ? 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()'
    : "SELECT name FROM sqlite_master WHERE type = 'table'"

/** Every row of every table of the database, as text. */
const everyRow = async (): Promise<{ row: string; table: string }[]> => {
  const rows = []
  for (const { name } of (await query(tablesSQL)).rows as { name: string }[]) {
    for (const row of (await query(`SELECT * FROM "${name}"`)).rows)
      rows.push({ row: JSON.stringify(row), table: name })
  }
  return rows
}

describe('risk: an erased commenter stays findable', () => {
  it('leaves their email and name in no table and no byte of the database files', async () => {
    const person = { ...newGuest(), email: 'dana.quillfeather@example.test', name: 'Dana Quillfeather' }
    const other = newGuest()
    const mine = (await postAsGuest(kindred.request, slug, { body: 'My story, mine to take back.' }, person))
      .body.id
    const theirs = (await postAsGuest(kindred.request, slug, { body: 'Someone else speaks.' }, other)).body.id
    await approve(mine)
    await approve(theirs)
    // Others write about them; they write about others, signing with their name and email.
    expect((await flag(mine, '10.9.0.1', 'Dana Quillfeather posts this everywhere')).status).toBe(201)
    expect(
      (await flag(theirs, person.address, `Rude to me, Dana Quillfeather (${person.email})`)).status,
    ).toBe(201)
    // A suspension that has ended: no longer needed for anything.
    const suspension = await asModerator('post', '/api/comment-bans', {
      email: person.email,
      expiresAt: new Date(Date.now() - 86_400_000).toISOString(),
      reason: 'Cooling off',
      target: 'email',
    })
    expect(suspension.status).toBe(201)
    const before = await everyRow()
    expect(before.filter(({ row }) => row.includes(person.email)).length).toBeGreaterThan(0)

    const erased = await asModerator('post', '/api/comments/erase', { email: person.email })
    expect(erased.status).toBe(200)
    expect(erased.body).toEqual({ erased: 1 })

    const traces = (await everyRow()).filter(
      ({ row }) => row.toLowerCase().includes(person.email) || row.includes(person.name),
    )
    expect(traces).toEqual([])
    // SQLite's files themselves (a PostgreSQL run has none here): freed pages and the WAL keep old bytes.
    for (const file of ['kindred.db', 'kindred.db-wal']) {
      const target = path.join(kindred.dir, file)
      if (!fs.existsSync(target)) continue
      const bytes = fs.readFileSync(target)
      expect([file, bytes.includes(person.email), bytes.includes(person.name)]).toEqual([file, false, false])
    }
  })

  it('keeps an active ban working after the erasure, without the email in the clear', async () => {
    const person = { ...newGuest(), email: 'banned.then.erased@example.test' }
    const ban = await asModerator('post', '/api/comment-bans', {
      email: person.email,
      reason: 'Harassment',
      target: 'email',
    })
    expect(ban.status).toBe(201)
    expect((await asModerator('post', '/api/comments/erase', { email: person.email })).status).toBe(200)
    const stored = await kindred.payload.findByID({
      collection: 'comment-bans',
      id: ban.body.doc.id,
      overrideAccess: true,
    })
    expect(JSON.stringify(stored)).not.toContain(person.email)
    const again = await postAsGuest(kindred.request, slug, { body: 'Back under the same email.' }, person)
    expect(again.status).toBe(403)
  })

  it('erasing a reader account’s comments also clears the notes of flags that reader made', async () => {
    const reader = await readerSession(kindred.payload, kindred.request)
    const target = (await postAsGuest(kindred.request, slug, { body: 'Flag me, reader.' })).body.id
    await approve(target)
    const flagged = await kindred.request
      .post(`/api/comments/${target}/flags`)
      .set('Authorization', reader.auth)
      .send({ note: 'Signed: the reader who asks to be forgotten', reason: 'other' })
    expect(flagged.status).toBe(201)
    const erased = await asModerator('post', '/api/comments/erase', { reader: reader.reader.id })
    expect(erased.status).toBe(200)
    const flags = await kindred.payload.find({
      collection: 'comment-flags',
      overrideAccess: true,
      where: { flagger: { equals: `reader:${reader.reader.id}` } },
    })
    expect(flags.docs.map((doc) => doc.note ?? null)).toEqual([null])
  })

  it('stores rate-limit keys hashed, never an email in the clear', async () => {
    const person = newGuest()
    expect((await postAsGuest(kindred.request, slug, { body: 'Counted, not named.' }, person)).status).toBe(
      201,
    )
    const keys = (await everyRow()).filter(({ table }) => table === 'comment_rate_limits')
    expect(keys.length).toBeGreaterThan(0)
    expect(keys.filter(({ row }) => row.includes(person.email) || row.includes('email:'))).toEqual([])
  })
})
