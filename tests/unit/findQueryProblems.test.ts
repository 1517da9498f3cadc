import type { FlattenedField } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { findQueryProblems } from '../../src/http/findQueryProblems.js'
import type { QuerySchema } from '../../src/http/resolveQueryPath.js'

/** A post → author (users) → team (teams) chain, a has-many tag list, a JSON field and a hidden one. */
const collections: Record<string, FlattenedField[]> = {
  posts: [
    { name: 'title', type: 'text' },
    { name: 'author', type: 'relationship', relationTo: 'users' },
    { name: 'tags', type: 'relationship', hasMany: true, relationTo: 'tags' },
    { name: 'meta', type: 'json' },
    { name: 'secret', type: 'text', hidden: true },
    { name: 'about', type: 'relationship', relationTo: ['tags', 'teams'] },
  ] as FlattenedField[],
  tags: [
    { name: 'label', type: 'text' },
    { name: 'owner', type: 'relationship', relationTo: 'users' },
  ] as FlattenedField[],
  teams: [{ name: 'name', type: 'text' }] as FlattenedField[],
  users: [
    { name: 'name', type: 'text' },
    { name: 'team', type: 'relationship', relationTo: 'teams' },
  ] as FlattenedField[],
}
const schema: QuerySchema = { fields: collections.posts, fieldsOf: (slug) => collections[slug] }

describe('findQueryProblems', () => {
  it('allows one relationship hop and refuses the second, also inside a nested contains', () => {
    expect(findQueryProblems({ where: { 'author.name': { equals: 'x' } } }, schema)).toEqual([])
    expect(findQueryProblems({ where: { 'author.team.name': { equals: 'x' } } }, schema)).toEqual([
      expect.objectContaining({ parameter: 'where', path: 'author.team.name' }),
    ])
    expect(findQueryProblems({ where: { tags: { contains: { label: { like: 'x' } } } } }, schema)).toEqual([])
    expect(
      findQueryProblems({ where: { tags: { contains: { 'owner.name': { equals: 'x' } } } } }, schema),
    ).toEqual([expect.objectContaining({ path: 'owner.name' })])
  })

  it('refuses a condition on a relationship to several collections as a whole (the SQL adapters answer 500), not on its parts', () => {
    expect(findQueryProblems({ where: { about: { exists: 'true' } } }, schema)).toEqual([
      expect.objectContaining({
        parameter: 'where',
        path: 'about',
        reason: expect.stringContaining('about.value'),
      }),
    ])
    expect(findQueryProblems({ where: { 'about.value': { equals: '1' } } }, schema)).toEqual([])
    expect(findQueryProblems({ where: { about__relationTo: { equals: 'tags' } } }, schema)).toEqual([])
    expect(findQueryProblems({ sort: 'about' }, schema)).toEqual([])
  })

  it('lets JSON values and geo shapes be objects, but not a plain equals', () => {
    expect(findQueryProblems({ where: { meta: { equals: { a: 1 } } } }, schema)).toEqual([])
    expect(findQueryProblems({ where: { title: { equals: { a: 1 } } } }, schema)).toEqual([
      expect.objectContaining({ path: 'title.equals' }),
    ])
  })

  it('in lenient mode leaves unknown names to Payload and reads version paths, but still counts hops', () => {
    const lenient = { ...schema, lenient: true }
    expect(findQueryProblems({ sort: 'nothing', where: { parent: { equals: '1' } } }, lenient)).toEqual([])
    expect(findQueryProblems({ sort: '-version.author.team.name' }, lenient)).toEqual([
      expect.objectContaining({ parameter: 'sort', path: 'version.author.team.name' }),
    ])
    expect(findQueryProblems({ sort: 'secret' }, lenient)).toEqual([
      expect.objectContaining({ reason: 'This field cannot be queried.' }),
    ])
  })

  it('accepts numbers as GraphQL sends them, and strings as query strings do', () => {
    expect(findQueryProblems({ depth: '2', limit: 10, page: '3' }, schema)).toEqual([])
    expect(findQueryProblems({ limit: 0 }, { ...schema, write: true })).toEqual([])
    expect(findQueryProblems({ limit: 0 }, schema)).toEqual([expect.objectContaining({ parameter: 'limit' })])
  })
})
