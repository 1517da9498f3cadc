import { describe, expect, it } from '@jest/globals'

import {
  compileWordList,
  decide,
  defaults,
  hashBody,
  toWords,
} from '../../../plugins/comment-moderation/core/index.js'
import type {
  CommentInput,
  Facts,
  ModerationOptions,
} from '../../../plugins/comment-moderation/core/index.js'

import { comment, now, secondsAgo, trusted } from './fixtures.js'

const daysAgo = (days: number): string => new Date(now.getTime() - days * 86_400_000).toISOString()

describe('decide: the happy path', () => {
  it('approves a clean comment from a trusted reader with reason passed', () => {
    expect(decide(comment(), trusted())).toEqual({
      state: 'approved',
      reasons: [{ code: 'passed', step: 'end' }],
    })
  })

  it('rejects an unreadable now instead of deciding on NaN', () => {
    expect(() => decide(comment({ now: 'not a date' }), trusted())).toThrow(TypeError)
  })
})

describe('step 1: article closed', () => {
  it('refuses 403 when comments are switched off', () => {
    const decision = decide(comment({ article: { comments: 'closed' } }), trusted())
    expect(decision).toEqual({
      refuse: { status: 403 },
      reasons: [{ code: 'article-closed', step: 'articleClosed', details: { cause: 'comments-closed' } }],
    })
  })

  it('refuses 403 once closeCommentsAfterDays have passed since publishing', () => {
    const article = { comments: 'open' as const, publishedAt: daysAgo(31), closeCommentsAfterDays: 30 }
    const decision = decide(comment({ article }), trusted())
    expect(decision.refuse).toEqual({ status: 403 })
    expect(decision.reasons).toEqual([
      {
        code: 'article-closed',
        step: 'articleClosed',
        details: { cause: 'age', closedAt: daysAgo(1), closeCommentsAfterDays: 30 },
      },
    ])
  })

  it('stays open before the limit, without a limit, and for unpublished articles', () => {
    const open = [
      { publishedAt: daysAgo(29), closeCommentsAfterDays: 30 },
      { publishedAt: daysAgo(400), closeCommentsAfterDays: null },
      { publishedAt: null, closeCommentsAfterDays: 30 },
    ]
    for (const article of open) expect(decide(comment({ article }), trusted()).state).toBe('approved')
  })
})

describe('step 2: banned or suspended', () => {
  it('refuses 403 with every active ban in the details', () => {
    const bans = [
      { id: 'b1', kind: 'ban' as const, matchedOn: 'email' as const, reason: 'harassment', expiresAt: null },
      {
        kind: 'suspension' as const,
        matchedOn: 'ip' as const,
        expiresAt: new Date(now.getTime() + 86_400_000),
      },
    ]
    expect(decide(comment(), trusted({ bans }))).toEqual({
      refuse: { status: 403 },
      reasons: [
        {
          code: 'banned',
          step: 'banned',
          details: {
            bans: [
              { id: 'b1', kind: 'ban', matchedOn: 'email', reason: 'harassment', expiresAt: null },
              { kind: 'suspension', matchedOn: 'ip', expiresAt: '2025-06-02T12:00:00.000Z' },
            ],
          },
        },
      ],
    })
  })

  it('ignores bans that have expired by now, including one expiring this very instant', () => {
    const bans = [
      { kind: 'suspension' as const, matchedOn: 'account' as const, expiresAt: secondsAgo(1) },
      { kind: 'ban' as const, matchedOn: 'ip' as const, expiresAt: now.toISOString() },
    ]
    expect(decide(comment(), trusted({ bans })).state).toBe('approved')
  })

  it('keeps a ban whose expiry cannot be read', () => {
    const bans = [{ kind: 'ban' as const, matchedOn: 'account' as const, expiresAt: 'soon' }]
    expect(decide(comment(), trusted({ bans })).refuse).toEqual({ status: 403 })
  })
})

describe('step 3: honeypot', () => {
  it('marks the comment as spam when the hidden field is filled', () => {
    expect(decide(comment({ honeypot: 'http://pills.example' }), trusted())).toEqual({
      state: 'spam',
      reasons: [{ code: 'honeypot', step: 'honeypot', details: { value: 'http://pills.example' } }],
    })
  })

  it('ignores an empty or blank hidden field', () => {
    expect(decide(comment({ honeypot: '' }), trusted()).state).toBe('approved')
    expect(decide(comment({ honeypot: '  ' }), trusted()).state).toBe('approved')
  })
})

describe('step 4: length', () => {
  it('refuses 400 too-short below the minimum after trimming', () => {
    expect(decide(comment({ body: '  a \n' }), trusted())).toEqual({
      refuse: { status: 400 },
      reasons: [{ code: 'too-short', step: 'length', details: { length: 1, min: 2 } }],
    })
  })

  it('does not let zero-width characters pad a comment past the minimum', () => {
    expect(decide(comment({ body: 'a\u200b\u200b\u200b' }), trusted()).reasons[0].code).toBe('too-short')
  })

  it('refuses 400 too-long above the maximum', () => {
    expect(decide(comment({ body: 'x'.repeat(5001) }), trusted())).toEqual({
      refuse: { status: 400 },
      reasons: [{ code: 'too-long', step: 'length', details: { length: 5001, max: 5000 } }],
    })
  })

  it('accepts exactly the bounds, counting an emoji as one character', () => {
    expect(decide(comment({ body: 'ok' }), trusted()).state).toBe('approved')
    expect(decide(comment({ body: 'y'.repeat(4999) + '😀' }), trusted()).state).toBe('approved')
  })

  it('takes other bounds from the options', () => {
    const decision = decide(comment({ body: 'hello' }), trusted(), { minLength: 10 })
    expect(decision.reasons).toEqual([{ code: 'too-short', step: 'length', details: { length: 5, min: 10 } }])
  })
})

describe('step 5: rate limit', () => {
  it('refuses 429 a reader posting within 3 s, with retryAfterSeconds rounded up', () => {
    const decision = decide(comment(), trusted({ lastCommentAt: new Date(now.getTime() - 1200) }))
    expect(decision).toEqual({
      refuse: { status: 429, retryAfterSeconds: 2 },
      reasons: [
        {
          code: 'rate-limited',
          step: 'rateLimit',
          details: { retryAfterSeconds: 2, intervalSeconds: 3, lastCommentAt: '2025-06-01T11:59:58.800Z' },
        },
      ],
    })
  })

  it('holds guests to 15 s, so a gap that suits a reader refuses a guest', () => {
    const facts = trusted({ lastCommentAt: secondsAgo(5) })
    expect(decide(comment(), facts).refuse).toBeUndefined()
    expect(decide(comment({ commenter: 'guest' }), facts).refuse).toEqual({
      status: 429,
      retryAfterSeconds: 10,
    })
    const justUnder = trusted({ lastCommentAt: new Date(now.getTime() - 14_001) })
    expect(decide(comment({ commenter: 'guest' }), justUnder).refuse?.retryAfterSeconds).toBe(1)
  })

  it('lets a comment through once the interval has passed exactly', () => {
    expect(decide(comment(), trusted({ lastCommentAt: secondsAgo(3) })).state).toBe('approved')
  })

  it('waits no longer than the interval when the last comment is dated in the future', () => {
    const decision = decide(comment(), trusted({ lastCommentAt: secondsAgo(-60) }))
    expect(decision.refuse).toEqual({ status: 429, retryAfterSeconds: 3 })
  })
})

describe('step 6: duplicate', () => {
  it('refuses 409 the same text (ignoring case, accents and spacing) within 6 hours', () => {
    const body = 'Thank you, this helped us talk about money without fighting.'
    const earlier = secondsAgo(5 * 3600)
    const facts = trusted({
      recentBodies: [
        { hash: hashBody(`  THANK you,  this helped us talk about móney without fighting.`), at: earlier },
      ],
    })
    expect(decide(comment({ body }), facts)).toEqual({
      refuse: { status: 409 },
      reasons: [
        {
          code: 'duplicate',
          step: 'duplicate',
          details: { previousAt: earlier.toISOString(), windowHours: 6 },
        },
      ],
    })
  })

  it('allows the same text after 6 hours and different text at any time', () => {
    const body = comment().body
    const old = trusted({ recentBodies: [{ hash: hashBody(body), at: secondsAgo(6 * 3600) }] })
    expect(decide(comment(), old).state).toBe('approved')
    const other = trusted({ recentBodies: [{ hash: hashBody('Something else.'), at: secondsAgo(60) }] })
    expect(decide(comment(), other).state).toBe('approved')
  })
})

describe('step 7: blocked and held words', () => {
  const blockedWords = compileWordList(['scam', 'Buy Now'])
  const heldWords = compileWordList(['divorce lawyer', 'Café'])

  it('rejects a comment with blocked terms, listing the terms as configured', () => {
    const decision = decide(comment({ body: 'This is a SCAM, buy   now!' }), trusted(), {
      blockedWords,
      heldWords,
    })
    expect(decision).toEqual({
      state: 'rejected',
      reasons: [{ code: 'blocked-word', step: 'words', details: { terms: ['scam', 'Buy Now'] } }],
    })
  })

  it('holds a comment with held terms', () => {
    const decision = decide(comment({ body: 'We met our divorce lawyer at a cafe.' }), trusted(), {
      blockedWords,
      heldWords,
    })
    expect(decision).toEqual({
      state: 'pending',
      reasons: [{ code: 'held-word', step: 'words', details: { terms: ['divorce lawyer', 'Café'] } }],
    })
  })
})

describe('step 8: links', () => {
  const oneLink = 'There is a good summary at https://example.org/guide for couples.'
  const twoLinks = 'See example.com/a and www.example.net for more on this.'

  it('holds a reader comment with 2 links but not with 1', () => {
    expect(decide(comment({ body: oneLink }), trusted()).state).toBe('approved')
    expect(decide(comment({ body: twoLinks }), trusted())).toEqual({
      state: 'pending',
      reasons: [{ code: 'too-many-links', step: 'links', details: { count: 2, limit: 2 } }],
    })
  })

  it('holds a guest comment with a single link', () => {
    expect(decide(comment({ body: oneLink, commenter: 'guest' }), trusted()).reasons).toEqual([
      { code: 'too-many-links', step: 'links', details: { count: 1, limit: 1 } },
    ])
    expect(decide(comment({ commenter: 'guest' }), trusted()).state).toBe('approved')
  })
})

describe('step 9: trust', () => {
  it('holds a commenter with fewer than 2 approved comments', () => {
    const facts = trusted({ trust: { approved: 1, recent: { approved: 1, rejected: 0, spam: 0 } } })
    expect(decide(comment(), facts)).toEqual({
      state: 'pending',
      reasons: [{ code: 'new-commenter', step: 'trust', details: { approved: 1, required: 2 } }],
    })
  })

  it('treats a commenter without trust facts as new', () => {
    expect(decide(comment(), trusted({ trust: undefined })).reasons).toEqual([
      { code: 'new-commenter', step: 'trust', details: { approved: 0, required: 2 } },
    ])
  })

  it('holds a commenter with 30% or more of recent comments rejected or spam', () => {
    const facts = trusted({ trust: { approved: 20, recent: { approved: 7, rejected: 2, spam: 1 } } })
    expect(decide(comment(), facts)).toEqual({
      state: 'pending',
      reasons: [
        {
          code: 'low-trust',
          step: 'trust',
          details: { ratio: 0.3, threshold: 0.3, rejected: 2, spam: 1, decided: 10 },
        },
      ],
    })
    const fine = trusted({ trust: { approved: 20, recent: { approved: 8, rejected: 1, spam: 1 } } })
    expect(decide(comment(), fine).state).toBe('approved')
  })
})

describe('step 10: providers', () => {
  it('marks a comment the spam provider calls spam as spam', () => {
    expect(decide(comment(), trusted({ providers: { spam: 'spam', toxicity: 0.1 } }))).toEqual({
      state: 'spam',
      reasons: [{ code: 'spam-provider', step: 'providers', details: { verdict: 'spam' } }],
    })
  })

  it.each(['error', 'timeout'] as const)(
    'holds, never approves, when the spam provider reports %s',
    (status) => {
      expect(decide(comment(), trusted({ providers: { spam: status } }))).toEqual({
        state: 'pending',
        reasons: [{ code: 'provider-unavailable', step: 'providers', details: { provider: 'spam', status } }],
      })
    },
  )

  it.each(['error', 'timeout'] as const)(
    'holds, never approves, when the toxicity provider reports %s',
    (status) => {
      const decision = decide(comment(), trusted({ providers: { spam: 'ham', toxicity: status } }))
      expect(decision.state).toBe('pending')
      expect(decision.reasons).toEqual([
        { code: 'provider-unavailable', step: 'providers', details: { provider: 'toxicity', status } },
      ])
    },
  )

  it('treats a score that is not a finite number as a failed check', () => {
    const decision = decide(comment(), trusted({ providers: { toxicity: Number.NaN } }))
    expect(decision.state).toBe('pending')
    expect(decision.reasons[0].code).toBe('provider-unavailable')
  })

  it('holds a comment scoring at or above the toxicity threshold', () => {
    expect(decide(comment(), trusted({ providers: { spam: 'ham', toxicity: 0.8 } }))).toEqual({
      state: 'pending',
      reasons: [{ code: 'toxic', step: 'providers', details: { score: 0.8, threshold: 0.8 } }],
    })
    expect(decide(comment(), trusted({ providers: { toxicity: 0.79 } })).state).toBe('approved')
    expect(
      decide(comment(), trusted({ providers: { toxicity: 0.5 } }), { toxicityThreshold: 0.5 }).state,
    ).toBe('pending')
  })

  it('approves when both providers are off or absent', () => {
    expect(decide(comment(), trusted({ providers: { spam: 'off', toxicity: 'off' } })).state).toBe('approved')
    expect(decide(comment(), trusted({ providers: undefined })).state).toBe('approved')
  })
})

describe('step 11: pre-moderation', () => {
  it('holds every otherwise clean comment when switched on', () => {
    expect(decide(comment(), trusted(), { preModeration: true })).toEqual({
      state: 'pending',
      reasons: [{ code: 'pre-moderation', step: 'preModeration' }],
    })
  })

  it('keeps the default when an option is passed as undefined', () => {
    expect(decide(comment(), trusted(), { preModeration: undefined, minLength: undefined }).state).toBe(
      'approved',
    )
    expect(defaults.preModeration).toBe(false)
  })
})

describe('order and accumulation', () => {
  const blockedWords = compileWordList(['scam'])
  const heldWords = compileWordList(['lawyer'])

  it('answers with the earliest terminal step when a comment trips several', () => {
    const body = 'scam lawyer https://a.example.com https://b.example.com'
    // Every trigger at once; each round removes the one that answered, exposing the next.
    let input = comment({ body, honeypot: 'filled', article: { comments: 'closed' } })
    let facts = trusted({
      bans: [{ kind: 'ban', matchedOn: 'account' }],
      lastCommentAt: secondsAgo(1),
      recentBodies: [{ hash: hashBody(body), at: secondsAgo(60) }],
      trust: { approved: 0, recent: { approved: 0, rejected: 3, spam: 0 } },
      providers: { spam: 'spam', toxicity: 0.99 },
    })
    const options = { blockedWords, heldWords }
    const rounds: [string[], () => void][] = [
      [['article-closed'], () => (input = { ...input, article: {} })],
      [['banned'], () => (facts = { ...facts, bans: [] })],
      [['honeypot'], () => (input = { ...input, honeypot: '' })],
      [['rate-limited'], () => (facts = { ...facts, lastCommentAt: null })],
      [['duplicate'], () => (facts = { ...facts, recentBodies: [] })],
      [['blocked-word'], () => (options.blockedWords = compileWordList([]))],
      [['held-word', 'too-many-links', 'new-commenter', 'low-trust', 'spam-provider'], () => undefined],
    ]
    for (const [codes, removeTrigger] of rounds) {
      expect(decide(input, facts, options).reasons.map((reason) => reason.code)).toEqual(codes)
      removeTrigger()
    }
  })

  it('refuses a too-short comment before rate limiting it', () => {
    const decision = decide(comment({ body: 'a' }), trusted({ lastCommentAt: secondsAgo(1) }))
    expect(decision.reasons.map((reason) => reason.code)).toEqual(['too-short'])
  })

  it('records every pending reason, in step order, and ends pending', () => {
    const decision = decide(
      comment({ body: 'my lawyer https://a.example.com https://b.example.com', commenter: 'reader' }),
      trusted({
        trust: { approved: 0, recent: { approved: 1, rejected: 3, spam: 0 } },
        providers: { spam: 'timeout', toxicity: 0.95 },
      }),
      { blockedWords, heldWords, preModeration: true },
    )
    expect(decision.state).toBe('pending')
    expect(decision.refuse).toBeUndefined()
    expect(decision.reasons.map((reason) => reason.code)).toEqual([
      'held-word',
      'too-many-links',
      'new-commenter',
      'low-trust',
      'provider-unavailable',
      'toxic',
      'pre-moderation',
    ])
  })

  it('lets a later terminal step end a held comment, keeping the reasons already recorded', () => {
    const decision = decide(
      comment({ body: 'my lawyer says hi' }),
      trusted({ providers: { spam: 'spam' } }),
      { heldWords },
    )
    expect(decision.state).toBe('spam')
    expect(decision.reasons.map((reason) => reason.code)).toEqual(['held-word', 'spam-provider'])
  })
})

type Case = { facts: Facts; input: CommentInput; options: ModerationOptions }
type Answer = { code: string; state?: string; status?: number }
type Ending = { answer: Answer; name: string; trip: (c: Case) => Case }

/**
 * Each way a comment ends the pipeline on its own: what it changes about a passing comment, and the
 * answer it gives, listed in the order a commenter must be answered. A trip that depends on the text (a
 * duplicate, a blocked word) reads the text an earlier trip wrote, so every pair really fails twice.
 */
const endings: Ending[] = [
  {
    answer: { code: 'article-closed', status: 403 },
    name: 'a closed article',
    trip: (c) => ({ ...c, input: { ...c.input, article: { comments: 'closed' } } }),
  },
  {
    answer: { code: 'banned', status: 403 },
    name: 'a ban',
    trip: (c) => ({ ...c, facts: { ...c.facts, bans: [{ kind: 'ban', matchedOn: 'email' }] } }),
  },
  {
    answer: { code: 'honeypot', state: 'spam' },
    name: 'a filled honeypot',
    trip: (c) => ({ ...c, input: { ...c.input, honeypot: 'filled' } }),
  },
  {
    answer: { code: 'too-short', status: 400 },
    name: 'a text too short',
    trip: (c) => ({ ...c, input: { ...c.input, body: 'k' } }),
  },
  {
    answer: { code: 'rate-limited', status: 429 },
    name: 'posting too soon',
    trip: (c) => ({ ...c, facts: { ...c.facts, lastCommentAt: secondsAgo(1) } }),
  },
  {
    answer: { code: 'duplicate', status: 409 },
    name: 'a duplicate',
    trip: (c) => ({
      ...c,
      facts: { ...c.facts, recentBodies: [{ at: secondsAgo(60), hash: hashBody(c.input.body) }] },
    }),
  },
  {
    answer: { code: 'blocked-word', state: 'rejected' },
    name: 'a blocked word',
    trip: (c) => ({
      ...c,
      options: { ...c.options, blockedWords: compileWordList(toWords(c.input.body).slice(0, 1)) },
    }),
  },
  {
    answer: { code: 'spam-provider', state: 'spam' },
    name: 'a spam verdict',
    trip: (c) => ({ ...c, facts: { ...c.facts, providers: { spam: 'spam' } } }),
  },
]

const answerOf = ({ facts, input, options }: Case): Answer => {
  const { refuse, reasons, state } = decide(input, facts, options)
  return { code: reasons.map((reason) => reason.code).join(', '), state, status: refuse?.status }
}

describe('step precedence: a comment that fails two steps gets the earlier step’s answer', () => {
  const passing = (): Case => ({ facts: trusted(), input: comment(), options: {} })
  const pairs = endings.flatMap((earlier, index) =>
    endings
      .slice(index + 1)
      .map((later) => ({ earlier, later, title: `${earlier.name} over ${later.name}` })),
  )

  it.each(pairs)('$title', ({ earlier, later }) => {
    // The later step alone ends this comment, so it is the earlier one that answers below.
    expect(answerOf(later.trip(passing()))).toEqual(later.answer)
    expect(answerOf(later.trip(earlier.trip(passing())))).toEqual(earlier.answer)
  })
})

describe('running part of the pipeline', () => {
  it('stops after the named step without a state when nothing ended it', () => {
    const heldWords = compileWordList(['lawyer'])
    const decision = decide(comment({ body: 'ask a lawyer' }), {}, { heldWords }, { through: 'links' })
    expect(decision).toEqual({
      reasons: [{ code: 'held-word', step: 'words', details: { terms: ['lawyer'] } }],
    })
  })

  it('returns the ending when an early step ends the pipeline', () => {
    const decision = decide(comment({ honeypot: 'x' }), {}, {}, { through: 'duplicate' })
    expect(decision.state).toBe('spam')
  })

  it('decides fully when run through the last step', () => {
    expect(decide(comment(), trusted(), {}, { through: 'preModeration' }).state).toBe('approved')
  })
})
