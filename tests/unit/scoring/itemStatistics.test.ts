import { describe, expect, it } from '@jest/globals'

import {
  cronbachAlpha,
  itemStatistics,
  pearson,
  sampleVariance,
  type ScoringKey,
} from '../../../plugins/assessment-scoring/core/index.js'

// Four respondents, three items on 1..5 (columns i1 i2 i3):
//   R1 1 2 2 | R2 2 3 3 | R3 4 4 5 | R4 5 5 4
// Sample variances: i1 [1,2,4,5] mean 3, SS 4+1+1+4 = 10 → 10/3; i2 [2,3,4,5] SS 5 → 5/3; i3 [2,3,5,4] → 5/3
// Totals [5,8,13,14] mean 10, SS 25+4+9+16 = 54 → 18
// α = 3/2 · (1 − (20/3)/18) = 3/2 · 34/54 = 51/54 = 0.94444…
const rows = [
  [1, 2, 2],
  [2, 3, 3],
  [4, 4, 5],
  [5, 5, 4],
]
const columns = [0, 1, 2].map((i) => rows.map((row) => row[i]))

const key: ScoringKey = {
  questions: [
    { id: 'i1', type: 'likert', dimension: 'd', scale: { min: 1, max: 5 } },
    { id: 'i2', type: 'likert', dimension: 'd', scale: { min: 1, max: 5 } },
    { id: 'i3', type: 'likert', dimension: 'd', scale: { min: 1, max: 5 } },
    { id: 'solo', type: 'likert', dimension: 'one', scale: { min: 1, max: 5 } },
    { id: 'pick', type: 'single', dimension: 't', options: [{ label: 'A', value: 'a' }] },
  ],
  dimensions: [
    {
      key: 'd',
      label: 'D',
      method: 'percent',
      bands: [
        { min: 0, max: 50, label: 'low' },
        { min: 50, max: 90, label: 'high' },
      ],
    },
    { key: 'one', label: 'One item', method: 'sum' },
    { key: 't', label: 'Tally', method: 'tally' },
  ],
}
const responses = rows.map(([i1, i2, i3]) => ({ i1, i2, i3, solo: 3, pick: 'a' }))

describe('descriptive helpers', () => {
  it('sampleVariance divides by n − 1 and is undefined below two values', () => {
    expect(sampleVariance([1, 2, 4, 5])).toBeCloseTo(10 / 3, 12)
    expect(sampleVariance([7])).toBeNull()
    expect(sampleVariance([])).toBeNull()
  })

  it('pearson is undefined for a constant variable', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12)
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12)
    expect(pearson([1, 2, 3], [5, 5, 5])).toBeNull()
    expect(pearson([0.1, 0.1, 0.1], [1, 2, 3])).toBeNull()
    expect(pearson([1], [1])).toBeNull()
  })

  it('cronbachAlpha matches the hand computation', () => {
    expect(cronbachAlpha(columns)).toBeCloseTo(51 / 54, 12)
  })

  it('cronbachAlpha is undefined with fewer than two items or cases, or a constant total', () => {
    expect(cronbachAlpha([columns[0]])).toBeNull()
    expect(cronbachAlpha([[1], [2]])).toBeNull()
    expect(
      cronbachAlpha([
        [1, 2],
        [2, 1],
      ]),
    ).toBeNull()
  })
})

describe('itemStatistics', () => {
  const report = itemStatistics(key, responses)
  const d = report.dimensions.d

  it('computes α of a dimension from complete cases', () => {
    expect(report.n).toBe(4)
    expect(d.completeCases).toBe(4)
    expect(d.alpha).toBeCloseTo(51 / 54, 12)
  })

  it('computes corrected item-total correlations against the other items only', () => {
    // i1 vs i2 + i3 = [4,6,9,9] (mean 7, deviations −3 −1 2 2, SS 18);
    // i1 deviations −2 −1 1 2 (SS 10); Σ products 6 + 1 + 2 + 4 = 13 → r = 13/√180
    expect(d.items[0].questionId).toBe('i1')
    expect(d.items[0].correctedItemTotal).toBeCloseTo(13 / Math.sqrt(180), 12)
    expect(d.items[0].mean).toBe(3)
    expect(d.items.every((item) => !item.suspectMiskeyed)).toBe(true)
  })

  it('summarises percent scores: mean, sample SD and band distribution', () => {
    // raw [5,8,13,14] on 3..15 → percent = (raw − 3)/12·100 = [2,5,10,11]·100/12
    // mean 28/48·100 = 58.33…; SD = √18 ·100/12 (sample SD of [2,5,10,11] is √18)
    expect(d.scored).toBe(4)
    expect(d.withheld).toBe(0)
    expect(d.meanPercent).toBeCloseTo(2800 / 48, 10)
    expect(d.sdPercent).toBeCloseTo((Math.sqrt(18) * 100) / 12, 10)
    // 16.7 and 41.7 are low, 83.3 is high, 91.7 falls in no band
    expect(d.bandDistribution).toEqual({ low: 2, high: 1 })
    expect(d.unbanded).toBe(1)
  })

  it('flags an item correlating negatively with the rest as suspect miskeyed', () => {
    const miskeyed: ScoringKey = {
      ...key,
      questions: [...key.questions, { id: 'i4', type: 'likert', dimension: 'd', scale: { min: 1, max: 5 } }],
    }
    // i4 runs against the other three: it should have been reverse-keyed.
    const withI4 = responses.map((response, i) => ({ ...response, i4: [5, 4, 2, 1][i] }))
    const items = itemStatistics(miskeyed, withI4).dimensions.d.items
    expect(items[3]).toMatchObject({ questionId: 'i4', suspectMiskeyed: true })
    expect(items[3].correctedItemTotal).toBeLessThan(0)
    // Reverse-keying it fixes the sign.
    const fixed = {
      ...miskeyed,
      questions: miskeyed.questions.map((q) => (q.id === 'i4' ? { ...q, reverseKeyed: true } : q)),
    }
    expect(itemStatistics(fixed, withI4).dimensions.d.items[3].suspectMiskeyed).toBe(false)
  })

  it('uses only complete cases for α and r, but every scored response for percents', () => {
    const withGap = [...responses, { i1: 3, i2: 3 }]
    const stats = itemStatistics(
      { ...key, dimensions: key.dimensions.map((x) => ({ ...x, minAnsweredFraction: 0.5 })) },
      withGap,
    ).dimensions.d
    expect(stats.completeCases).toBe(4)
    expect(stats.alpha).toBeCloseTo(51 / 54, 12)
    expect(stats.scored).toBe(5)
  })

  it('returns null where a statistic is undefined', () => {
    const one = report.dimensions.one
    // A single item: no α, no item-total correlation; a constant answer: zero variance.
    expect(one.alpha).toBeNull()
    expect(one.items[0].correctedItemTotal).toBeNull()
    expect(one.sdPercent).toBe(0)
    const empty = itemStatistics(key, []).dimensions.d
    expect(empty).toMatchObject({
      scored: 0,
      meanPercent: null,
      sdPercent: null,
      alpha: null,
      completeCases: 0,
    })
    expect(empty.items[0]).toMatchObject({ mean: null, correctedItemTotal: null, suspectMiskeyed: false })
    expect(itemStatistics(key, [responses[0]]).dimensions.d.sdPercent).toBeNull()
  })

  it('leaves tally dimensions out', () => {
    expect(report.dimensions.t).toBeUndefined()
  })
})
