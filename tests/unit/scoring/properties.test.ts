import { describe, expect, it } from '@jest/globals'

import {
  auditBands,
  compareCouple,
  compileKey,
  possibleRange,
  scoreResponse,
  validateAnswers,
  type Band,
  type ScoringKey,
} from '../../../plugins/assessment-scoring/core/index.js'
import { integer, mulberry32, randomAnswers, randomKey, reverseEveryItem, type Random } from './random.js'

const RUNS = 500
const EPSILON = 1e-9

/** Runs a property over RUNS seeded cases; a failure names its seed so it can be replayed. */
const forSeeds = (property: (random: Random, seed: number) => void): void => {
  for (let seed = 1; seed <= RUNS; seed++) {
    try {
      property(mulberry32(seed), seed)
    } catch (error) {
      throw new Error(`property failed for seed ${seed}: ${(error as Error).message}`)
    }
  }
}

/** Splits each dimension's possible range into contiguous bands, as a publishing editor would. */
const withPartitionBands = (key: ScoringKey, random: Random): ScoringKey => {
  const partition = (min: number, max: number): Band[] => {
    const count = integer(random, 1, 4)
    const cuts = [
      min,
      ...Array.from({ length: count - 1 }, (_, i) => min + ((max - min) * (i + 1)) / count),
      max,
    ]
    return cuts.slice(1).map((to, i) => ({ min: cuts[i], max: to, label: `b${i}` }))
  }
  const compiled = compileKey(key)
  return {
    ...key,
    dimensions: key.dimensions.map((dimension) => {
      const range = possibleRange(compiled, dimension.key)
      return range === null ? dimension : { ...dimension, bands: partition(range.min, range.max) }
    }),
  }
}

describe('scoring properties over random keys and answers', () => {
  it('keeps every percent within [0, 100] and every raw within [weightedMin, weightedMax]', () => {
    forSeeds((random) => {
      const key = compileKey(randomKey(random))
      const scores = scoreResponse(key, randomAnswers(random, key.source))
      for (const score of [...Object.values(scores.dimensions), scores.overall]) {
        if (score === null || score.withheld) continue
        const { percent, raw, weightedMin, weightedMax } = score as Required<typeof score>
        expect(percent).toBeGreaterThanOrEqual(-EPSILON)
        expect(percent).toBeLessThanOrEqual(100 + EPSILON)
        expect(raw).toBeGreaterThanOrEqual((weightedMin as number) - EPSILON)
        expect(raw).toBeLessThanOrEqual((weightedMax as number) + EPSILON)
      }
    })
  })

  it('mirrors the percent when every item is reversed: p′ = 100 − p', () => {
    forSeeds((random) => {
      const key = randomKey(random)
      const answers = randomAnswers(random, key)
      const straight = scoreResponse(key, answers)
      const reversed = scoreResponse(reverseEveryItem(key), answers)
      for (const dimension of key.dimensions) {
        const p = straight.dimensions[dimension.key]
        const q = reversed.dimensions[dimension.key]
        expect(q.withheld).toBe(p.withheld)
        if (p.withheld) continue
        expect(q.percent as number).toBeCloseTo(100 - (p.percent as number), 9)
        // The raw mirrors within its range too: R′ = Rmin + Rmax − R.
        expect(q.raw as number).toBeCloseTo(
          (p.weightedMin as number) + (p.weightedMax as number) - (p.raw as number),
          9,
        )
      }
      if (straight.overall !== null && !straight.overall.withheld)
        expect(reversed.overall?.percent as number).toBeCloseTo(100 - (straight.overall.percent as number), 9)
    })
  })

  it('withholds a dimension exactly when too few of its items are answered', () => {
    forSeeds((random) => {
      const key = randomKey(random)
      const scores = scoreResponse(key, randomAnswers(random, key, 0.6))
      for (const dimension of key.dimensions) {
        const score = scores.dimensions[dimension.key]
        const fraction = dimension.minAnsweredFraction ?? 1
        const expected = score.answered === 0 || score.answered < fraction * score.total - EPSILON
        expect(score.withheld).toBe(expected)
      }
    })
  })

  it('accepts generated answers, and scores the normalized answers like the raw ones', () => {
    forSeeds((random) => {
      const key = compileKey(randomKey(random))
      const answers = randomAnswers(random, key.source)
      const checked = validateAnswers(key, answers, { submit: false })
      expect(checked.ok).toBe(true)
      if (checked.ok) expect(scoreResponse(key, checked.answers)).toEqual(scoreResponse(key, answers))
    })
  })

  it('gives every scored dimension a band when the bands partition its possible range', () => {
    forSeeds((random) => {
      const key = compileKey(withPartitionBands(randomKey(random), random))
      expect(auditBands(key).every((audit) => audit.coverage.ok)).toBe(true)
      const scores = scoreResponse(key, randomAnswers(random, key.source))
      for (const score of Object.values(scores.dimensions)) {
        // A partial sum under 'withhold' is deliberately left unbanded.
        if (score.withheld || (score.method === 'sum' && score.basis === 'answered')) continue
        expect(score.band).toBeDefined()
      }
    })
  })

  it('keeps couple comparisons bounded and symmetric', () => {
    forSeeds((random) => {
      const key = compileKey(randomKey(random))
      const a = randomAnswers(random, key.source)
      const b = randomAnswers(random, key.source)
      const scoresA = scoreResponse(key, a)
      const scoresB = scoreResponse(key, b)
      const ab = compareCouple(key, a, b, scoresA, scoresB)
      const ba = compareCouple(key, b, a, scoresB, scoresA)
      for (const [dimensionKey, dimension] of Object.entries(ab.dimensions)) {
        if (dimension.pca !== null) {
          expect(dimension.pca).toBeGreaterThanOrEqual(0)
          expect(dimension.pca).toBeLessThanOrEqual(100)
        }
        const classified = Object.values(dimension.counts).reduce((sum, n) => sum + n, 0)
        expect(classified).toBeLessThanOrEqual(dimension.items.length)
        expect(ba.dimensions[dimensionKey].items).toEqual(dimension.items)
        if (dimension.difference !== null)
          expect(ba.dimensions[dimensionKey].difference).toBeCloseTo(-dimension.difference, 12)
      }
      for (const strength of ab.strengths) expect(ab.growthAreas).not.toContain(strength)
    })
  })
})
