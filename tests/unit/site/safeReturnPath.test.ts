import { describe, expect, it } from '@jest/globals'

import { safeReturnPath } from '../../../src/site/accounts/safeReturnPath.js'

describe('safeReturnPath (where sign-in returns to)', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeReturnPath('/articles/help?x=1#comments')).toBe('/articles/help?x=1#comments')
    expect(safeReturnPath('/')).toBe('/')
  })

  it.each([
    ['a protocol-relative URL', '//evil.test/phish'],
    ['a backslash browsers read as a slash', '/\\evil.test'],
    ['an absolute URL', 'https://evil.test/'],
    ['a script URL', 'javascript:alert(1)'],
    ['a tab that URL parsing would drop', '/\t/evil.test'],
    ['a relative path', 'articles/help'],
    ['nothing', undefined],
  ])('sends home instead of following %s (open redirect through the sign-in page)', (_what, next) => {
    expect(safeReturnPath(next)).toBe('/')
  })
})
