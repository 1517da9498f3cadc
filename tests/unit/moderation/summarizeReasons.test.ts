import { describe, expect, it } from '@jest/globals'

import { compileWordList, decide, summarizeReasons } from '../../../plugins/comment-moderation/core/index.js'
import { comment, trusted } from './fixtures.js'

describe('summarizeReasons', () => {
  it('names each reason a decision recorded, with what it matched, in pipeline order', () => {
    const decision = decide(
      comment({ body: 'Ask our divorce lawyer: https://a.example and https://b.example' }),
      trusted({ trust: { approved: 0, recent: { approved: 0, rejected: 0, spam: 0 } } }),
      { heldWords: compileWordList(['divorce lawyer']) },
    )
    expect(summarizeReasons(decision.reasons)).toBe(
      'held-word: “divorce lawyer”; too-many-links: 2 links; new-commenter: 0 of 2 approved',
    )
  })

  it('gives codes without details as they are, and nothing for no reasons', () => {
    expect(summarizeReasons([{ code: 'pre-moderation', step: 'preModeration' }])).toBe('pre-moderation')
    expect(summarizeReasons(undefined)).toBe('')
    expect(summarizeReasons([])).toBe('')
  })

  it('rounds the trust ratio and the toxicity score', () => {
    expect(
      summarizeReasons([
        {
          code: 'low-trust',
          step: 'trust',
          details: { decided: 3, ratio: 2 / 3, rejected: 2, spam: 0, threshold: 0.3 },
        },
        { code: 'toxic', step: 'providers', details: { score: 0.91234, threshold: 0.8 } },
      ]),
    ).toBe('low-trust: 67% rejected; toxic: score 0.91')
  })
})
