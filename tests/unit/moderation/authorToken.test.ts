import { describe, expect, it } from '@jest/globals'

import { authorToken, commentIDsOfAuthorTokens } from '../../../plugins/comment-moderation/core/index.js'

const secret = 'unit-secret'

describe('author tokens', () => {
  it('proves the comment it was made for, among several sent comma-separated', () => {
    const tokens = [authorToken(secret, 'a1'), authorToken(secret, 42)].join(',')
    expect(commentIDsOfAuthorTokens(secret, tokens)).toEqual(['a1', '42'])
  })

  it('forgery: another comment’s signature, another secret’s token or a bare id prove nothing', () => {
    const signature = authorToken(secret, 'b2').split('.')[1]
    const forged = [`a1.${signature}`, authorToken('other-secret', 'a1'), 'a1', 'a1.', '.x'].join(',')
    expect(commentIDsOfAuthorTokens(secret, forged)).toEqual([])
  })

  it('reads at most the first 20 tokens of a header', () => {
    const tokens = Array.from({ length: 25 }, (_, i) => authorToken(secret, `c${i}`)).join(',')
    expect(commentIDsOfAuthorTokens(secret, tokens)).toHaveLength(20)
  })
})
