import { describe, expect, it } from '@jest/globals'

import {
  decide,
  fingerprint,
  hashBody,
  isArticleClosed,
  reasonMessages,
  type Decision,
  type ReasonCode,
} from '../../../plugins/comment-moderation/core/index.js'
import { CommentRefusal } from '../../../plugins/comment-moderation/CommentRefusal.js'
import { commenterMessage } from '../../../plugins/comment-moderation/messages.js'
import { comment, secondsAgo, trusted } from './fixtures.js'

describe('fingerprint', () => {
  const secret = 'test-secret'

  it('is an HMAC-SHA256 hex digest that does not contain the address', () => {
    const hash = fingerprint({ ip: '203.0.113.7', userAgent: 'Firefox', secret })
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).not.toContain('203')
  })

  it('depends on the secret and the address, not on the browser', () => {
    const base = fingerprint({ ip: '203.0.113.7', userAgent: 'Firefox', secret })
    expect(fingerprint({ ip: '203.0.113.7', userAgent: 'Chrome', secret })).toBe(base)
    expect(fingerprint({ ip: '203.0.113.8', userAgent: 'Firefox', secret })).not.toBe(base)
    expect(fingerprint({ ip: '203.0.113.7', userAgent: 'Firefox', secret: 'other' })).not.toBe(base)
  })

  it('canonicalizes IPv4-mapped addresses and reduces IPv6 to its /64 network', () => {
    expect(fingerprint({ ip: '::ffff:203.0.113.7', secret })).toBe(fingerprint({ ip: '203.0.113.7', secret }))
    expect(fingerprint({ ip: '2001:DB8:0:1::1', secret })).toBe(
      fingerprint({ ip: '2001:0db8:0000:0001:aaaa:bbbb:cccc:dddd', secret }),
    )
    expect(fingerprint({ ip: '2001:db8:0:1::1', secret })).not.toBe(
      fingerprint({ ip: '2001:db8:0:2::1', secret }),
    )
  })

  it('refuses an empty secret, which would make the digest a plain reversible hash', () => {
    expect(() => fingerprint({ ip: '203.0.113.7', secret: '' })).toThrow()
  })
})

describe('hashBody', () => {
  it('hashes the normalized body', () => {
    expect(hashBody('Merci  BEAUCOUP ')).toBe(hashBody('merci beaucoup'))
    expect(hashBody('merci beaucoup')).not.toBe(hashBody('merci beaucoup!'))
    expect(hashBody('x')).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('isArticleClosed', () => {
  it('closes at the instant the days have passed', () => {
    const article = { publishedAt: '2025-05-01T12:00:00.000Z', closeCommentsAfterDays: 31 }
    expect(isArticleClosed(article, '2025-06-01T11:59:59.999Z')).toBe(false)
    expect(isArticleClosed(article, '2025-06-01T12:00:00.000Z')).toBe(true)
  })
})

describe('messages', () => {
  it('has a moderator message for every reason code', () => {
    const codes: ReasonCode[] = [
      'article-closed',
      'banned',
      'honeypot',
      'too-short',
      'too-long',
      'rate-limited',
      'duplicate',
      'blocked-word',
      'held-word',
      'too-many-links',
      'new-commenter',
      'low-trust',
      'spam-provider',
      'provider-unavailable',
      'toxic',
      'pre-moderation',
      'passed',
    ]
    expect(Object.keys(reasonMessages).sort()).toEqual([...codes].sort())
    for (const code of codes) expect(reasonMessages[code].length).toBeGreaterThan(10)
  })

  it('tells the commenter the same thing whatever held, binned or rejected the comment', () => {
    const stored: Decision[] = [
      { state: 'pending', reasons: [{ code: 'held-word', step: 'words', details: { terms: ['x'] } }] },
      { state: 'pending', reasons: [{ code: 'new-commenter', step: 'trust' }] },
      { state: 'pending', reasons: [{ code: 'provider-unavailable', step: 'providers' }] },
      { state: 'spam', reasons: [{ code: 'honeypot', step: 'honeypot' }] },
      { state: 'spam', reasons: [{ code: 'spam-provider', step: 'providers' }] },
      { state: 'rejected', reasons: [{ code: 'blocked-word', step: 'words' }] },
    ]
    for (const decision of stored)
      expect(commenterMessage(decision)).toBe('Your comment is awaiting moderation.')
    expect(commenterMessage(decide(comment(), trusted()))).toBe('Your comment has been published.')
  })

  it('tells the commenter what to fix when the comment was refused', () => {
    const wait = decide(comment({ commenter: 'guest' }), trusted({ lastCommentAt: secondsAgo(5) }))
    const refusalOf = (decision: Decision) => CommentRefusal.ofDecision(decision)
    expect(refusalOf(wait)).toMatchObject({
      message: 'You are commenting too quickly: please wait 10 seconds.',
      retryAfterSeconds: 10,
      status: 429,
    })
    const tooShort = refusalOf(decide(comment({ body: 'x' }), trusted()))
    expect(tooShort.message).toMatch(/at least 2 characters/)
    // A form shows a refusal of the text beside it.
    expect(tooShort.data).toEqual({ errors: [{ message: tooShort.message, path: 'body' }] })
    expect(refusalOf(decide(comment({ article: { comments: 'closed' } }), trusted()))).toMatchObject({
      message: 'Comments are closed on this article.',
      status: 403,
    })
  })
})
