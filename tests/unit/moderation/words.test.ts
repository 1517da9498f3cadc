import { describe, expect, it } from '@jest/globals'

import {
  compileWordList,
  matchWords,
  normalizeText,
  toWords,
} from '../../../plugins/comment-moderation/core/index.js'

const match = (terms: string[], text: string): string[] => matchWords(toWords(text), compileWordList(terms))

describe('normalizeText', () => {
  it('lower-cases, removes diacritics, folds letters and collapses whitespace', () => {
    expect(normalizeText('  Café   CRÈME\n\tStraße  Ærø İzmir ')).toBe('cafe creme strasse aero izmir')
  })

  it('unifies full-width forms and drops zero-width characters', () => {
    expect(normalizeText('ｅｘａｍｐｌｅ．ｃｏｍ s\u200bc\u00adam')).toBe('example.com scam')
  })

  it('keeps punctuation, which separates words', () => {
    expect(normalizeText('Well, OK!')).toBe('well, ok!')
  })
})

describe('word matching', () => {
  it('ignores case and diacritics on both sides', () => {
    expect(match(['Café'], 'we met at the CAFE')).toEqual(['Café'])
    expect(match(['cafe'], 'un café, s’il vous plaît')).toEqual(['cafe'])
    expect(match(['naïve'], 'How NAIVE of me')).toEqual(['naïve'])
  })

  it('matches whole words only', () => {
    expect(match(['ass'], 'a classic class of passengers, assessed')).toEqual([])
    expect(match(['ass'], 'what an ass.')).toEqual(['ass'])
    expect(match(['ass'], 'ass-hat')).toEqual(['ass'])
    expect(match(['hell'], 'hello, shell')).toEqual([])
  })

  it('matches multi-word terms across any whitespace and punctuation, in order only', () => {
    expect(match(['buy now'], 'BUY\n  now, friends')).toEqual(['buy now'])
    expect(match(['buy now'], 'buy-now')).toEqual(['buy now'])
    expect(match(['buy now'], 'now buy')).toEqual([])
    expect(match(['buy now'], 'buy it now')).toEqual([])
    expect(match(['buy now'], 'buy nowhere')).toEqual([])
  })

  it('reports overlapping single and multi-word terms, each once, ordered by where they start', () => {
    expect(match(['now', 'buy now', 'buy now cheap', 'spam'], 'spam! buy now cheap, buy now')).toEqual([
      'spam',
      'buy now',
      'buy now cheap',
      'now',
    ])
  })

  it('resolves a phrase that starts inside another partial phrase', () => {
    expect(match(['a b c', 'b c d'], 'a b c d')).toEqual(['a b c', 'b c d'])
    expect(match(['a b c', 'b c'], 'a b x b c')).toEqual(['b c'])
  })

  it('drops terms without letters or digits and keeps the first of two alike terms', () => {
    const list = compileWordList(['!!!', '  ', 'Café', 'cafe'])
    expect(list.size).toBe(1)
    expect(matchWords(toWords('cafe'), list)).toEqual(['Café'])
  })

  it('matches nothing with an empty list or an empty text', () => {
    expect(match([], 'anything at all')).toEqual([])
    expect(match(['word'], '')).toEqual([])
  })
})

describe('2,000-term lists', () => {
  const terms = Array.from({ length: 2000 }, (_, index) =>
    index % 4 === 0 ? `promo code ${index}` : `spamword${index}`,
  )
  const list = compileWordList(terms)
  const filler = 'We talked it through over dinner and agreed to try again next week. '

  it('compiles every term', () => {
    expect(list.size).toBe(2000)
  })

  it('finds single words and phrases anywhere in the list', () => {
    const text = `${filler.repeat(5)} SpamWord1999 and PROMO code 1996, but not promo code 7.`
    expect(matchWords(toWords(text), list)).toEqual(['spamword1999', 'promo code 1996'])
  })

  it('matches a 1 KB comment in time that does not grow with the list', () => {
    const text = filler.repeat(15)
    const small = compileWordList(terms.slice(0, 10))
    const time = (compiled: typeof list): number => {
      const words = toWords(text)
      const start = performance.now()
      for (let round = 0; round < 2000; round++) matchWords(words, compiled)
      return performance.now() - start
    }
    time(list)
    time(small)
    // Generous: a regex per term would be hundreds of times slower, not merely a few.
    expect(time(list)).toBeLessThan(time(small) * 5 + 50)
  })
})
