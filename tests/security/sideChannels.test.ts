import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Collection, FlattenedField } from 'payload'

import { createReader, createStaff, login } from '../helpers/accounts.js'
import { createArticle } from '../helpers/articles.js'
import { answerAll, respond, standardAssessment } from '../helpers/assessments.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { postAsGuest } from '../helpers/comments.js'
import { fieldReaders, matrix, type Role, roles } from './accessMatrix.js'
import { fieldPaths } from './fieldPaths.js'

/**
 * Risk: a role learns a value it may not read by asking about it — `where[field][equals]=guess`
 * or `sort=field` (directly, or through a relationship to a collection it may not read) — and
 * reading the answer's shape. For every such field, a known and an unknown value must get the
 * same answer, and ascending and descending sorts the same order.
 */

let kindred: Kindred
const auth: Partial<Record<Role, string>> = {}
let probes = 0

const system = { depth: 0, overrideAccess: true, showHiddenFields: true } as const

beforeAll(async () => {
  kindred = await bootKindred({ API_CACHE_SECONDS: '0' })
  const { payload, request } = kindred
  const staff: Record<string, string> = {}
  for (const role of ['admin', 'editor', 'moderator', 'counselor'] as const) {
    const account = await createStaff(payload, role)
    staff[role] = String(account.user.id)
    auth[role] = `JWT ${await login(request, 'users', account.email)}`
  }
  for (const role of ['reader', 'otherReader'] as const) {
    const account = await createReader(payload)
    auth[role] = `JWT ${await login(request, 'readers', account.email)}`
  }
  // Values worth guessing: staff emails behind bylines, a guest's email and fingerprint, reset and
  // verification tokens, a response's token hash and an invitation's hash.
  const past = '2020-01-01T00:00:00.000Z'
  const byEditor = await createArticle(payload, { publishedAt: past })
  await payload.update({
    ...system,
    collection: 'articles',
    data: { authors: [staff.editor] } as never,
    id: byEditor.id,
  })
  const byAdmin = await createArticle(payload, { publishedAt: past })
  await payload.update({
    ...system,
    collection: 'articles',
    data: { authors: [staff.admin] } as never,
    id: byAdmin.id,
  })
  await postAsGuest(request, String(byEditor.slug), { body: 'A guest speaks.' })
  await postAsGuest(request, String(byAdmin.slug), { body: 'Another guest speaks.' })
  await request
    .post('/api/users/forgot-password')
    .send({ email: (await payload.findByID({ ...system, collection: 'users', id: staff.editor })).email })
  await payload.create({
    collection: 'readers',
    data: {
      displayName: 'Unverified',
      email: 'unverified@example.test',
      password: 'correct-horse-battery',
    } as never,
    overrideAccess: true,
  })
  const standard = await standardAssessment(payload)
  const response = await respond(request, standard.slug, { answers: answerAll(standard, 4) })
  await request
    .post(`/api/responses/${response.body.id}/invitation`)
    .set('X-Response-Token', response.body.token)
}, 120_000)

afterAll(async () => {
  console.log(`side channels: ${probes} probes`)
  await kindred?.close()
})

type Probe = { collection: string; field: FlattenedField; path: string; role: Role }

const listOutcome = (collection: string, role: Role) =>
  matrix.find(([slug, operation]) => slug === collection && operation === 'list')?.[2][role]
const canList = (collection: string, role: Role) =>
  ['seen', 'unseen'].includes(listOutcome(collection, role) ?? '')

/** May `role` read `path` of documents of `collection` it can list? */
const mayRead = (collection: string, path: string, hidden: boolean, role: Role) => {
  if (hidden) return false
  const readers = Object.entries(fieldReaders[collection] ?? {}).find(
    ([prefix]) => path === prefix || path.startsWith(`${prefix}.`),
  )?.[1]
  return !readers || readers.includes(role)
}

/**
 * Every path some role may not read: the collection's own fields, and one hop through each
 * relationship into the fields of the collection it points to.
 */
const probesToMake = (): Probe[] => {
  const collections = kindred.payload.collections as Record<string, Collection | undefined>
  const found: Probe[] = []
  const listed = matrix.filter(([collection, operation]) => operation === 'list' && collections[collection])
  for (const [collection] of listed) {
    const fields = collections[collection]!.config.flattenedFields
    for (const role of roles.filter((who) => canList(collection, who))) {
      for (const { field, hidden, path } of fieldPaths(fields)) {
        if (!mayRead(collection, path, hidden, role)) found.push({ collection, field, path, role })
      }
      for (const field of relationships(fields)) {
        const target = field.relationTo
        if (!collections[target]) continue
        for (const { field: inner, hidden, path } of fieldPaths(
          collections[target]!.config.flattenedFields,
        )) {
          if (!canList(target, role) || !mayRead(target, path, hidden, role))
            found.push({ collection, field: inner, path: `${field.name}.${path}`, role })
        }
      }
    }
  }
  return found
}

const relationships = (fields: FlattenedField[]) =>
  fields.filter(
    (field): field is FlattenedField & { name: string; relationTo: string } =>
      (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string',
  )

const stored: Record<string, Promise<Record<string, unknown>[]>> = {}

/** A stored value at `path` (through one relationship, populated), or undefined when none is stored. */
const knownValue = async (collection: string, path: string): Promise<unknown> => {
  stored[collection] ??= kindred.payload
    .find({ ...system, collection: collection as never, depth: 1, limit: 20, pagination: false })
    .then((found) => found.docs as Record<string, unknown>[])
  for (const doc of await stored[collection]) {
    const value = path.split('.').reduce<unknown>((at, key) => {
      const next = Array.isArray(at) ? at[0] : at
      return (next as Record<string, unknown> | null | undefined)?.[key]
    }, doc)
    const scalar = Array.isArray(value) ? value[0] : value
    if (['string', 'number', 'boolean'].includes(typeof scalar) && scalar !== '') return scalar
  }
  return undefined
}

/**
 * Another well-formed value of the field's kind, as a prober would guess: another option of a select, another
 * date. A malformed guess is refused for its form (the query guard's 400 names why) before anyone's rights
 * are looked at, which tells the schema, public anyway, and nothing stored.
 */
const unknownValue = (known: unknown, field: FlattenedField) => {
  if (field.type === 'select') {
    const options = field.options.map((option) => (typeof option === 'string' ? option : option.value))
    return options.find((option) => option !== known) ?? known
  }
  if (field.type === 'date') return new Date(Date.parse(String(known)) + 86_400_000).toISOString()
  return typeof known === 'number'
    ? known + 12_345
    : typeof known === 'boolean'
      ? !known
      : `${String(known)}-not-it`
}

const ask = async (collection: string, role: Role, query: Record<string, string>) => {
  probes += 1
  const res = await kindred.request
    .get(`/api/${collection}`)
    .query({ depth: 0, limit: 100, ...query })
    .set(auth[role] ? { Authorization: auth[role]! } : {})
  return { body: res.body, status: res.status }
}

describe('a field a role may not read answers the same for a known and an unknown value', () => {
  it('finds fields to probe (the matrix and the schema give some)', () => {
    expect(probesToMake().length).toBeGreaterThan(50)
  })

  it('where[field][equals] and sort=±field answer alike, for every field and role', async () => {
    const differences: string[] = []
    let skipped = 0
    for (const { collection, field, path, role } of probesToMake()) {
      const known = await knownValue(collection, path)
      if (known === undefined) {
        skipped += 1
        continue
      }
      const equals = (value: unknown) => ask(collection, role, { [`where[${path}][equals]`]: String(value) })
      const [hit, miss] = [await equals(known), await equals(unknownValue(known, field))]
      if (JSON.stringify(hit) !== JSON.stringify(miss))
        differences.push(`${role} where[${path}] on ${collection}: ${hit.status} vs ${miss.status}`)
      const [up, down] = [
        await ask(collection, role, { sort: path }),
        await ask(collection, role, { sort: `-${path}` }),
      ]
      const order = (answer: { body: { docs?: { id: string }[] }; status: number }) =>
        JSON.stringify([answer.status, (answer.body.docs ?? []).map((doc) => doc.id)])
      // Refused both ways, or ignored (the same order both ways): an order that flips tells the values apart.
      if (order(up) !== order(down))
        differences.push(`${role} sort=${path} on ${collection}: the order follows it`)
    }
    console.log(`side channels: ${skipped} paths had no stored value to guess`)
    expect(differences).toEqual([])
  }, 180_000)
})
