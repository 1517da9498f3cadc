import { describe, expect, it } from '@jest/globals'

import { hashKey, redactPerson } from '../../../plugins/comment-moderation/core/index.js'

describe('redactPerson', () => {
  it('replaces each mention of a name or email, any case, and keeps the rest of the note', () => {
    expect(
      redactPerson('dana quill wrote to me from Dana.Quill@Example.test, twice. Ask Dana Quill.', [
        'Dana Quill',
        'dana.quill@example.test',
      ]),
    ).toBe('[deleted] wrote to me from [deleted], twice. Ask [deleted].')
  })

  it('matches whole words only, so a short name leaves longer words alone', () => {
    expect(redactPerson('Ann posts in the annual thread', ['Ann'])).toBe(
      '[deleted] posts in the annual thread',
    )
  })

  it('treats a mention as text, not a pattern', () => {
    expect(redactPerson('a.b+c@x.test and aXb+c@x.test', ['a.b+c@x.test'])).toBe('[deleted] and aXb+c@x.test')
  })
})

describe('hashKey', () => {
  it('is keyed and case-blind, and never contains the key', () => {
    const key = 'email:Dana@Example.test'
    expect(hashKey('one', key)).toBe(hashKey('one', key.toLowerCase()))
    expect(hashKey('one', key)).not.toBe(hashKey('two', key))
    expect(hashKey('one', key)).toMatch(/^[0-9a-f]{64}$/)
  })
})
