import { describe, expect, it } from '@jest/globals'

import {
  compileKey,
  reverseKey,
  scoreResponse,
  type Dimension,
  type ScoringKey,
} from '../../../plugins/assessment-scoring/core/index.js'
import { mixedKey } from './fixtures.js'

const fourLikert = (dimension: Partial<Dimension>): ScoringKey => ({
  questions: [1, 2, 3, 4].map((n) => ({
    id: `q${n}`,
    type: 'likert' as const,
    dimension: 'd',
    scale: { min: 1, max: 5 },
  })),
  dimensions: [{ key: 'd', label: 'D', method: 'percent', ...dimension }],
  overall: { method: 'sum', bands: [{ min: 0, max: 100, label: 'any' }] },
})

describe('reverseKey', () => {
  it('mirrors a value within its range: (min + max) − x', () => {
    expect(reverseKey(2, 1, 5)).toBe(4)
    expect(reverseKey(5, 1, 5)).toBe(1)
    expect(reverseKey(3, 1, 5)).toBe(3)
    expect(reverseKey(-1, -2, 2)).toBe(1)
  })
})

describe('scoreResponse', () => {
  const key = compileKey(mixedKey)

  it('scores a mixed dimension by hand', () => {
    // c1 = 4 (w 1); c2 = 2 reverse-keyed on 1..5 → 1 + 5 − 2 = 4 (w 2); c3 = 1 on options 0..2 (w 1)
    // R = 1·4 + 2·4 + 1·1 = 13;  Rmin = 1·1 + 2·1 + 1·0 = 3;  Rmax = 1·5 + 2·5 + 1·2 = 17
    // percent = (13 − 3)/(17 − 3)·100 = 1000/14 = 71.428…;  mean = 13/(1 + 2 + 1) = 3.25
    const { dimensions } = scoreResponse(key, { c1: 4, c2: 2, c3: 1, safe: false, note: 'not scored' })
    expect(dimensions.comm).toMatchObject({
      answered: 3,
      total: 3,
      withheld: false,
      basis: 'all',
      raw: 13,
      weightedMin: 3,
      weightedMax: 17,
      mean: 3.25,
    })
    expect(dimensions.comm.percent).toBeCloseTo(1000 / 14, 12)
    expect(dimensions.comm.band?.label).toBe('Strong')
    expect(dimensions.comm.band?.conversationPrompts).toEqual(['What helps you listen?'])
  })

  it('scores multiple (sum of picks) and boolean (0/1) items', () => {
    const scored = compileKey({
      questions: [
        {
          id: 'm',
          type: 'multiple',
          dimension: 'd',
          options: [
            { label: 'a', value: 2 },
            { label: 'b', value: 3 },
            { label: 'c', value: -1 },
          ],
        },
        { id: 'b', type: 'boolean', dimension: 'd', reverseKeyed: true },
      ],
      dimensions: [{ key: 'd', label: 'D', method: 'sum' }],
    })
    // m picks 2 and −1 → 1, range −1..5 (negative picks can only lower it); b = true → 1, reversed 0 + 1 − 1 = 0
    // R = 1 + 0 = 1;  Rmin = −1 + 0 = −1;  Rmax = 5 + 1 = 6;  percent = 2/7·100
    const { dimensions } = scoreResponse(scored, { m: [2, -1], b: true })
    expect(dimensions.d).toMatchObject({ raw: 1, weightedMin: -1, weightedMax: 6, mean: 0.5 })
    expect(dimensions.d.percent).toBeCloseTo(200 / 7, 12)
    // An empty selection is an answer worth 0, not a missing item.
    expect(scoreResponse(scored, { m: [], b: false }).dimensions.d).toMatchObject({ answered: 2, raw: 1 })
  })

  it('bands a sum by raw, a mean by mean and a percent by percent', () => {
    const bands = [
      { min: 0, max: 3.5, label: 'low' },
      { min: 3.5, max: 100, label: 'high' },
    ]
    const answers = { q1: 5, q2: 4, q3: 3, q4: 2 } // raw 14, mean 3.5, percent (14 − 4)/16 = 62.5
    expect(scoreResponse(fourLikert({ method: 'sum', bands }), answers).dimensions.d.band?.label).toBe('high')
    // Inclusive bounds, first match: 3.5 belongs to both and the first band wins.
    expect(scoreResponse(fourLikert({ method: 'mean', bands }), answers).dimensions.d.band?.label).toBe('low')
    expect(scoreResponse(fourLikert({ method: 'percent', bands }), answers).dimensions.d.band?.label).toBe(
      'high',
    )
  })

  it('leaves the band undefined when no band holds the score', () => {
    const bands = [{ min: 0, max: 10, label: 'low' }]
    const { dimensions } = scoreResponse(fourLikert({ bands }), { q1: 5, q2: 5, q3: 5, q4: 5 })
    expect(dimensions.d.percent).toBe(100)
    expect(dimensions.d.band).toBeUndefined()
  })

  it('hits integer band bounds exactly despite floating point', () => {
    // percent = (R − Rmin)·100/range: 7·100/100 is exactly 7, where 0.07·100 would be 7.000000000000001.
    const key100 = compileKey({
      questions: [{ id: 'x', type: 'likert', dimension: 'd', scale: { min: 0, max: 100 } }],
      dimensions: [
        {
          key: 'd',
          label: 'D',
          method: 'percent',
          bands: [
            { min: 0, max: 7, label: 'to 7' },
            { min: 7.000000001, max: 100, label: 'above' },
          ],
        },
      ],
    })
    expect(scoreResponse(key100, { x: 7 }).dimensions.d).toMatchObject({
      percent: 7,
      band: { label: 'to 7' },
    })
  })

  describe('missing items', () => {
    // q1..q3 = 5, 4, 3; q4 missing; 3/4 answered ≥ 0.75.
    const answers = { q1: 5, q2: 4, q3: 3 }

    it("'prorate' scales the answered raw up to every item", () => {
      // R_ans = 12 over Σw_ans = 3 → R = 12 × 4/3 = 16; Rmin = 4, Rmax = 20 over all four items
      // percent = (16 − 4)/16 = 75;  mean = 16/4 = 4
      const { dimensions } = scoreResponse(
        fourLikert({ minAnsweredFraction: 0.75, missing: 'prorate' }),
        answers,
      )
      expect(dimensions.d).toMatchObject({
        answered: 3,
        total: 4,
        withheld: false,
        basis: 'prorated',
        raw: 16,
        weightedMin: 4,
        weightedMax: 20,
        mean: 4,
        percent: 75,
      })
    })

    it("'withhold' reports the answered items only", () => {
      // R = 12, Rmin = 3, Rmax = 15 over q1..q3; percent = 9/12 = 75; mean = 12/3 = 4
      const { dimensions } = scoreResponse(
        fourLikert({ minAnsweredFraction: 0.75, missing: 'withhold' }),
        answers,
      )
      expect(dimensions.d).toMatchObject({
        basis: 'answered',
        raw: 12,
        weightedMin: 3,
        weightedMax: 15,
        mean: 4,
        percent: 75,
      })
    })

    it("gives a partial 'withhold' sum no band, but bands a prorated sum", () => {
      const bands = [{ min: 0, max: 20, label: 'any' }]
      const withheldSum = fourLikert({ method: 'sum', minAnsweredFraction: 0.5, bands })
      expect(scoreResponse(withheldSum, answers).dimensions.d.band).toBeUndefined()
      const prorated = fourLikert({ method: 'sum', minAnsweredFraction: 0.5, missing: 'prorate', bands })
      expect(scoreResponse(prorated, answers).dimensions.d.band?.label).toBe('any')
    })

    it('withholds the score below minAnsweredFraction, whatever the policy', () => {
      for (const missing of ['prorate', 'withhold'] as const) {
        const { dimensions } = scoreResponse(fourLikert({ minAnsweredFraction: 0.75, missing }), {
          q1: 5,
          q2: 4,
        })
        expect(dimensions.d).toMatchObject({
          answered: 2,
          total: 4,
          withheld: true,
          basis: null,
          raw: null,
          mean: null,
          percent: null,
        })
        expect(dimensions.d.band).toBeUndefined()
      }
    })

    it('withholds by default (fraction 1) when any item is missing, and always with nothing answered', () => {
      expect(scoreResponse(fourLikert({}), answers).dimensions.d.withheld).toBe(true)
      expect(scoreResponse(fourLikert({ minAnsweredFraction: 0 }), {}).dimensions.d.withheld).toBe(true)
    })

    it('admits exactly the author’s fraction despite decimal rounding (0.7 of 10)', () => {
      const tenItems: ScoringKey = {
        questions: Array.from({ length: 10 }, (_, i) => ({
          id: `q${i}`,
          type: 'likert' as const,
          dimension: 'd',
          scale: { min: 1, max: 5 },
        })),
        dimensions: [{ key: 'd', label: 'D', method: 'sum', minAnsweredFraction: 0.7 }],
      }
      const seven = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`q${i}`, 3]))
      const six = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`q${i}`, 3]))
      expect(scoreResponse(tenItems, seven).dimensions.d.withheld).toBe(false)
      expect(scoreResponse(tenItems, six).dimensions.d.withheld).toBe(true)
    })

    it('keeps a prorated score within range when the items’ scales differ', () => {
      // a on 1..5, b on 0..10; only b = 10 answered. The naive R_ans·Σw/Σw_ans = 20 would exceed
      // Rmax = 15; imputing at the respondent's own position (p = 1) gives R = 1 + 1·(15 − 1) = 15.
      const mixed = compileKey({
        questions: [
          { id: 'a', type: 'likert', dimension: 'd', scale: { min: 1, max: 5 } },
          { id: 'b', type: 'likert', dimension: 'd', scale: { min: 0, max: 10 } },
        ],
        dimensions: [{ key: 'd', label: 'D', method: 'sum', minAnsweredFraction: 0.5, missing: 'prorate' }],
      })
      expect(scoreResponse(mixed, { b: 10 }).dimensions.d).toMatchObject({ raw: 15, percent: 100, mean: 7.5 })
    })

    it('counts an illegal value as missing instead of letting it skew the score', () => {
      const { dimensions } = scoreResponse(fourLikert({ minAnsweredFraction: 0.75, missing: 'withhold' }), {
        ...answers,
        q4: 99,
      })
      expect(dimensions.d).toMatchObject({ answered: 3, raw: 12 })
    })
  })

  describe('tally dimensions', () => {
    it('counts category picks and keeps tied winners', () => {
      // t1 words, t2 time, t3 [words, time] → words 2, time 2, touch 0: a tie
      const { dimensions } = scoreResponse(key, { t1: 'words', t2: 'time', t3: ['time', 'words'] })
      expect(dimensions.lang).toMatchObject({
        method: 'tally',
        answered: 3,
        total: 3,
        withheld: false,
        raw: null,
        percent: null,
        tally: { words: 2, time: 2, touch: 0 },
        tallyWinners: ['words', 'time'],
      })
    })

    it('names a single winner without a tie', () => {
      const { dimensions } = scoreResponse(key, { t1: 'touch', t2: 'touch', t3: ['time'] })
      expect(dimensions.lang.tallyWinners).toEqual(['touch'])
    })

    it('weights picks and has no winner when nothing was picked', () => {
      const weighted = compileKey({
        questions: [
          { id: 'a', type: 'single', dimension: 't', weight: 3, options: mixedKey.questions[3].options },
          { id: 'b', type: 'multiple', dimension: 't', options: mixedKey.questions[3].options },
        ],
        dimensions: [{ key: 't', label: 'T', method: 'tally' }],
      })
      expect(scoreResponse(weighted, { a: 'time', b: ['words', 'touch'] }).dimensions.t).toMatchObject({
        tally: { words: 1, time: 3, touch: 1 },
        tallyWinners: ['time'],
      })
      expect(scoreResponse(weighted, { a: 'time', b: [] }).dimensions.t.tallyWinners).toEqual(['time'])
      expect(scoreResponse(weighted, { b: [] }).dimensions.t.withheld).toBe(true)
    })

    it('is withheld below its answered fraction', () => {
      const { dimensions } = scoreResponse(key, { t1: 'words' })
      expect(dimensions.lang).toMatchObject({ answered: 1, withheld: true })
      expect(dimensions.lang.tally).toBeUndefined()
    })
  })

  describe('overall', () => {
    it('adds up the numeric dimensions and ignores tally ones', () => {
      const { overall } = scoreResponse(key, { c1: 4, c2: 2, c3: 1, t1: 'words' })
      expect(overall).toMatchObject({
        method: 'sum',
        withheld: false,
        basis: 'all',
        raw: 13,
        answered: 3,
        total: 3,
      })
    })

    it('is withheld when a numeric dimension is', () => {
      const { overall } = scoreResponse(key, { c1: 4 })
      expect(overall).toMatchObject({ withheld: true, raw: null, answered: 1, total: 3 })
    })

    it('is null when the key defines none', () => {
      expect(scoreResponse({ ...mixedKey, overall: undefined }, { c1: 1 }).overall).toBeNull()
    })

    it('combines two dimensions by hand and inherits their missing-item basis', () => {
      const twoDimensions = compileKey({
        questions: [
          { id: 'a1', type: 'likert', dimension: 'a', scale: { min: 1, max: 5 } },
          { id: 'a2', type: 'likert', dimension: 'a', scale: { min: 1, max: 5 } },
          { id: 'b1', type: 'boolean', dimension: 'b', weight: 2 },
        ],
        dimensions: [
          { key: 'a', label: 'A', method: 'sum', minAnsweredFraction: 0.5, missing: 'prorate' },
          { key: 'b', label: 'B', method: 'percent' },
        ],
        overall: {
          method: 'percent',
          bands: [
            { min: 0, max: 50, label: 'lower' },
            { min: 50, max: 100, label: 'upper' },
          ],
        },
      })
      // a: a1 = 4 answered, a2 missing → prorated R = 2 + (4 − 1)/(5 − 1)·(10 − 2) = 8 on 2..10
      // b: b1 = true → 2·1 = 2 on 0..2
      // overall R = 10 on 2..12 → percent = 8/10 = 80; mean = 10/(2 + 2) = 2.5
      const { overall } = scoreResponse(twoDimensions, { a1: 4, b1: true })
      expect(overall).toMatchObject({
        basis: 'prorated',
        raw: 10,
        weightedMin: 2,
        weightedMax: 12,
        percent: 80,
        mean: 2.5,
        band: { label: 'upper' },
      })
    })
  })

  it('does not depend on the order of the answers’ keys', () => {
    const a = scoreResponse(key, { c1: 4, c2: 2, c3: 1, t1: 'words', t2: 'time', t3: [] })
    const b = scoreResponse(key, { t3: [], t2: 'time', c3: 1, t1: 'words', c2: 2, c1: 4 })
    expect(b).toEqual(a)
  })
})
