import { describe, expect, it } from '@jest/globals'

import { commentChanges } from '../../../plugins/comment-moderation/core/index.js'

const comment = {
  article: 'a1',
  author: { email: 'dana@example.test', name: 'Dana', reader: null },
  body: 'What Dana wrote.',
  excerpt: 'What Dana wrote.',
  moderation: { authorKey: 'email:dana@example.test', flagCount: 0, reasons: [] },
  notifyOnReply: false,
  status: 'pending',
  updatedAt: '2026-11-30T10:00:00.000Z',
}

describe('commentChanges', () => {
  it('gives each changed field with before and after, ignoring what the system stamps', () => {
    const after = { ...comment, status: 'approved', updatedAt: '2026-11-30T11:00:00.000Z' }
    expect(commentChanges(comment, after)).toEqual({ status: { from: 'pending', to: 'approved' } })
  })

  it('withholds what the commenter wrote or is known by, saying only that it changed', () => {
    const erased = {
      ...comment,
      author: { email: null, name: '[deleted]', reader: null },
      body: '',
      moderation: { ...comment.moderation, authorKey: null },
    }
    const changes = commentChanges(comment, erased)
    expect(changes).toEqual({
      'author.email': { withheld: true },
      'author.name': { withheld: true },
      body: { withheld: true },
      'moderation.authorKey': { withheld: true },
    })
    expect(JSON.stringify(changes)).not.toMatch(/Dana|dana/)
  })

  it('treats a populated relationship and its id as the same value', () => {
    expect(commentChanges(comment, { ...comment, article: { id: 'a1', title: 'T' } })).toEqual({})
  })
})
