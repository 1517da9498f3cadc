import { describe, expect, it } from '@jest/globals'

import { countLinks } from '../../../plugins/comment-moderation/core/index.js'

describe('countLinks', () => {
  it.each([
    ['https://example.com/a?b=c', 1],
    ['http://example.com and HTTPS://EXAMPLE.ORG/x', 2],
    ['https://www.example.com/page', 1],
    ['visit www.example.net today', 1],
    ['example.com', 1],
    ['shop.example.co.uk/deal.', 1],
    ['(see example.org/guide), then', 1],
    ['bit.do/abc', 1],
    ['ｅｘａｍｐｌｅ．ｃｏｍ', 1],
    ['http://a.example.com https://b.example.com www.c.example.com d.example.com', 4],
    ['http://one.example.comhttp://two.example.com', 1],
  ])('counts %p as %p', (text, expected) => {
    expect(countLinks(text)).toBe(expected)
  })

  it.each([
    'e.g. i.e. a.m. U.S.A.',
    'Node.js and next.config.mjs',
    'my notes.txt file',
    'We agreed.It was hard.So we talked.',
    'write to me@example.com or first.last@example.co.uk',
    'version 2.0.1 costs 3.50',
    'and/or 24/7',
  ])('does not count %p', (text) => {
    expect(countLinks(text)).toBe(0)
  })

  it('stays fast on input built to make a regular expression backtrack', () => {
    const hostile = [
      'a1.'.repeat(20_000),
      'a'.repeat(50_000),
      'www.' + 'a'.repeat(50_000),
      '-.'.repeat(20_000),
    ]
    const start = performance.now()
    for (const text of hostile) countLinks(text)
    expect(performance.now() - start).toBeLessThan(500)
  })
})
