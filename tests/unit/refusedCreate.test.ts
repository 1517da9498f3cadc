import type { SanitizedPermissions } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { refusedCreate } from '../../src/admin/refusedCreate.js'

/** A moderator's permissions, as Payload sanitizes them: a right is present only when granted. */
const moderator = {
  canAccessAdmin: true,
  collections: {
    assessments: { fields: {}, read: true },
    comments: { create: true, fields: {}, read: true, update: true },
  },
} as unknown as SanitizedPermissions

describe('refusedCreate (the "not allowed" page instead of "you must be logged in")', () => {
  it('names a collection whose Create New page the role may read but not create in', () => {
    expect(refusedCreate(['collections', 'assessments', 'create'], moderator)).toBe('assessments')
  })

  it('lets a Create New page the role may create in through', () => {
    expect(refusedCreate(['collections', 'comments', 'create'], moderator)).toBeUndefined()
  })

  it("leaves a collection the role cannot read at all to Payload's not-found, so its existence is not confirmed", () => {
    expect(refusedCreate(['collections', 'responses', 'create'], moderator)).toBeUndefined()
  })

  it('ignores every other admin page', () => {
    expect(refusedCreate(undefined, moderator)).toBeUndefined()
    expect(refusedCreate(['collections', 'assessments'], moderator)).toBeUndefined()
    expect(refusedCreate(['collections', 'assessments', 'create', 'api'], moderator)).toBeUndefined()
    expect(refusedCreate(['globals', 'assessments', 'create'], moderator)).toBeUndefined()
  })
})
