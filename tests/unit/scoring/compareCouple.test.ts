import { describe, expect, it } from '@jest/globals'

import {
  compareCouple,
  compileKey,
  scoreResponse,
  type Answers,
} from '../../../plugins/assessment-scoring/core/index.js'

const likert = (id: string, dimension: string, extra: object = {}) => ({
  id,
  type: 'likert' as const,
  dimension,
  scale: { min: 1, max: 5 },
  ...extra,
})

const key = compileKey({
  questions: [
    likert('x1', 'x'),
    likert('x2', 'x', { reverseKeyed: true }),
    likert('x3', 'x'),
    likert('x4', 'x'),
    likert('xs', 'x', { safety: true }),
    likert('y1', 'y'),
    likert('y2', 'y'),
    { id: 'z1', type: 'boolean', dimension: 'z', safety: true },
    {
      id: 't1',
      type: 'single',
      dimension: 't',
      options: [
        { label: 'A', value: 'a' },
        { label: 'B', value: 'b' },
      ],
    },
  ],
  dimensions: [
    {
      key: 'x',
      label: 'X',
      method: 'percent',
      minAnsweredFraction: 0.5,
      bands: [
        { min: 0, max: 60, label: 'lower' },
        { min: 60, max: 100, label: 'higher' },
      ],
    },
    { key: 'y', label: 'Y', method: 'mean' },
    { key: 'z', label: 'Safety', method: 'sum' },
    { key: 't', label: 'T', method: 'tally' },
  ],
})

// Midpoint of 1..5 is 3. After reverse keying x2: A 1 → 5, B 2 → 4.
const a: Answers = { x1: 5, x2: 1, x3: 3, x4: 2, xs: 1, y1: 4, y2: 2, z1: true, t1: 'a' }
const b: Answers = { x1: 4, x2: 2, x3: 5, x4: 4, xs: 5, y1: 1, y2: 1, z1: false, t1: 'b' }
const compare = (first: Answers, second: Answers) =>
  compareCouple(key, first, second, scoreResponse(key, first), scoreResponse(key, second))

describe('compareCouple', () => {
  const result = compare(a, b)

  it('classifies each item after reverse keying, against the scale midpoint', () => {
    // x1 5|4 both above 3; x2 5|4 (reversed) both above; x3 3|5 A on the midpoint; x4 2|4 opposite sides
    expect(result.dimensions.x.items).toEqual([
      { questionId: 'x1', agreement: 'both-positive' },
      { questionId: 'x2', agreement: 'both-positive' },
      { questionId: 'x3', agreement: 'uncertain' },
      { questionId: 'x4', agreement: 'disagreement' },
    ])
    // y1 4|1 opposite; y2 2|1 both below
    expect(result.dimensions.y.items).toEqual([
      { questionId: 'y1', agreement: 'disagreement' },
      { questionId: 'y2', agreement: 'both-negative' },
    ])
    expect(result.dimensions.x.counts).toEqual({
      'both-positive': 2,
      'both-negative': 0,
      disagreement: 1,
      uncertain: 1,
    })
  })

  it('computes PCA as the share of items both answered positively', () => {
    expect(result.dimensions.x.pca).toBe(50) // 2 of 4
    expect(result.dimensions.y.pca).toBe(0) // 0 of 2
  })

  it("reports each partner's score and band and their difference", () => {
    // x (percent, safety item xs included in the score itself):
    //   A: 5 + 5 + 3 + 2 + 1 = 16 on 5..25 → 55;  B: 4 + 4 + 5 + 4 + 5 = 22 → 85
    expect(result.dimensions.x).toMatchObject({
      partnerA: { score: 55, percent: 55, band: { label: 'lower' } },
      partnerB: { score: 85, percent: 85, band: { label: 'higher' } },
      difference: -30,
      percentGap: 30,
    })
    // y (mean): A (4 + 2)/2 = 3, 50 %;  B (1 + 1)/2 = 1, 0 %
    expect(result.dimensions.y).toMatchObject({
      partnerA: { score: 3, percent: 50 },
      partnerB: { score: 1, percent: 0 },
      difference: 2,
      percentGap: 50,
    })
  })

  it('names strengths by highest PCA and growth areas by lowest PCA or widest gap', () => {
    expect(result.strengths).toEqual(['x'])
    expect(result.growthAreas).toEqual(['y'])
  })

  it('never carries raw answers, and leaves safety items out entirely', () => {
    for (const dimension of Object.values(result.dimensions))
      for (const item of dimension.items)
        expect(Object.keys(item).sort()).toEqual(['agreement', 'questionId'])
    const text = JSON.stringify(result)
    expect(text).not.toContain('"xs"')
    expect(text).not.toContain('z1')
    // A dimension of safety items only would disclose them through its score.
    expect(result.dimensions.z).toBeUndefined()
  })

  it('compares tally dimensions by winners only', () => {
    expect(result.dimensions.t).toMatchObject({
      partnerA: { score: null, tallyWinners: ['a'] },
      partnerB: { score: null, tallyWinners: ['b'] },
      difference: null,
      items: [],
      pca: null,
    })
  })

  it('leaves an item unclassified when either partner skipped it, still counting it for PCA', () => {
    const skipped = compare(a, { ...b, x2: undefined } as unknown as Answers)
    expect(skipped.dimensions.x.items[1]).toEqual({ questionId: 'x2', agreement: null })
    expect(skipped.dimensions.x.pca).toBe(25) // 1 of 4
  })

  it('has no score or difference for a partner whose dimension was withheld', () => {
    const sparse = compare(a, { x1: 4 })
    expect(sparse.dimensions.y).toMatchObject({ partnerB: { score: null, percent: null }, difference: null })
  })

  it('is symmetric: swapping partners keeps the classes and PCA and negates the difference', () => {
    const swapped = compare(b, a)
    for (const dimensionKey of Object.keys(result.dimensions)) {
      expect(swapped.dimensions[dimensionKey].items).toEqual(result.dimensions[dimensionKey].items)
      expect(swapped.dimensions[dimensionKey].pca).toBe(result.dimensions[dimensionKey].pca)
    }
    expect(swapped.dimensions.x.difference).toBe(30)
    expect(swapped.strengths).toEqual(result.strengths)
  })

  it('names no strength when no item is shared positively', () => {
    const negative = compare({ ...a, x1: 1, x2: 5, y1: 1 }, { ...b, x1: 1, x2: 5, y1: 1 })
    expect(negative.strengths).toEqual([])
    expect(negative.growthAreas).toEqual(['x', 'y'])
  })
})
