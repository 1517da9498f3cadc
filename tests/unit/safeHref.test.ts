import { describe, expect, it } from '@jest/globals'

import { safeHref } from '../../src/site/articles/safeHref.js'

describe('safeHref (links an editor puts in an article)', () => {
  it.each([
    'https://example.org/a?b=c',
    'http://example.org',
    'mailto:help@example.org',
    'tel:+441234',
    '/articles/x',
    '#notes',
    '?page=2',
  ])('keeps %s', (url) => {
    expect(safeHref(url)).toBe(url)
  })

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    '',
  ])('drops %j, so a script URL never reaches a reader’s href (risk: stored XSS through a link)', (url) => {
    expect(safeHref(url)).toBeUndefined()
  })

  it('trims the spaces an editor pasted around a URL', () => {
    expect(safeHref('  https://example.org  ')).toBe('https://example.org')
  })
})
