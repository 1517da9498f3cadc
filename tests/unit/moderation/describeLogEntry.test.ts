import { describe, expect, it } from '@jest/globals'

import { describeLogEntry } from '../../../plugins/comment-moderation/core/index.js'

describe('describeLogEntry', () => {
  it('names the staff member and says what they did in words', () => {
    expect(describeLogEntry({ action: 'spam', actor: 'staff:1', staffName: 'Mona Moderator' })).toBe(
      'Mona Moderator marked as spam',
    )
    expect(describeLogEntry({ action: 'banned-commenter', actor: 'staff:1', staffName: 'Mona' })).toBe(
      'Mona banned the commenter',
    )
  })

  it('reads a status change made in the admin panel', () => {
    expect(describeLogEntry({ action: 'status:approved', actor: 'staff:1', staffName: 'Sam' })).toBe(
      'Sam approved',
    )
    expect(describeLogEntry({ action: 'status:pending', actor: 'system' })).toBe('The system held for review')
  })

  it('never shows an id for a staff member whose name it cannot read', () => {
    expect(describeLogEntry({ action: 'approve', actor: 'staff:cca5269c-1' })).toBe(
      'A member of staff approved',
    )
    expect(describeLogEntry({ action: 'posted', actor: 'guest' })).toBe('A guest posted it')
    expect(describeLogEntry({ action: 'auto-hidden', actor: 'rule' })).toBe(
      'The pipeline hid it after readers flagged it',
    )
  })
})
