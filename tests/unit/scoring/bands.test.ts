import { describe, expect, it } from '@jest/globals'

import {
  auditBands,
  bandCoverage,
  boundaryOwners,
  findBand,
  possibleRange,
  type Band,
  type ScoringKey,
} from '../../../plugins/assessment-scoring/core/index.js'

const band = (min: number, max: number, label = `${min}-${max}`): Band => ({ min, max, label })

describe('boundaryOwners', () => {
  it('gives each shared bound to the band scoring picks: the first in the author’s order', () => {
    expect(boundaryOwners([band(1, 3, 'A'), band(3, 5, 'B')])).toEqual([{ owner: 'A', score: 3 }])
    expect(boundaryOwners([band(3, 5, 'B'), band(1, 3, 'A')])).toEqual([{ owner: 'B', score: 3 }])
    expect(boundaryOwners([band(0, 10, 'low'), band(10, 20, 'mid'), band(20, 30, 'high')])).toEqual([
      { owner: 'low', score: 10 },
      { owner: 'mid', score: 20 },
    ])
  })

  it('finds no boundary between bands that do not touch, or with invalid bounds', () => {
    expect(boundaryOwners([band(1, 2, 'A'), band(3, 5, 'B')])).toEqual([])
    expect(boundaryOwners([band(1, Number.NaN, 'A'), band(Number.NaN, 5, 'B')])).toEqual([])
    expect(boundaryOwners([])).toEqual([])
  })
})

describe('findBand', () => {
  const bands = [band(0, 10, 'low'), band(10, 20, 'mid'), band(15, 30, 'high')]

  it('uses inclusive bounds and the first matching band', () => {
    expect(findBand(bands, 0)?.label).toBe('low')
    expect(findBand(bands, 10)?.label).toBe('low')
    expect(findBand(bands, 10.5)?.label).toBe('mid')
    expect(findBand(bands, 17)?.label).toBe('mid')
    expect(findBand(bands, 30)?.label).toBe('high')
  })

  it('finds nothing outside every band', () => {
    expect(findBand(bands, -1)).toBeUndefined()
    expect(findBand(bands, 30.5)).toBeUndefined()
    expect(findBand([], 5)).toBeUndefined()
  })
})

describe('bandCoverage', () => {
  const range = { min: 0, max: 100 }

  it('accepts contiguous bands that only touch at their bounds', () => {
    expect(bandCoverage({ bands: [band(0, 50), band(50, 80), band(80, 100)] }, range)).toEqual({
      ok: true,
      gaps: [],
      overlaps: [],
      invalid: [],
    })
  })

  it('accepts bands in any order and bands reaching past the range', () => {
    expect(bandCoverage({ bands: [band(60, 120), band(-10, 60)] }, range).ok).toBe(true)
  })

  it('reports gaps at the start, between bands and at the end', () => {
    const coverage = bandCoverage({ bands: [band(10, 40), band(50, 90)] }, range)
    expect(coverage.ok).toBe(false)
    expect(coverage.gaps).toEqual([
      { min: 0, max: 10 },
      { min: 40, max: 50 },
      { min: 90, max: 100 },
    ])
  })

  it('reports the whole range as a gap when no band reaches it', () => {
    expect(bandCoverage({ bands: [band(200, 300)] }, range).gaps).toEqual([{ min: 0, max: 100 }])
  })

  it('reports overlaps of positive length with both labels', () => {
    const coverage = bandCoverage(
      { bands: [band(0, 60, 'a'), band(50, 100, 'b'), band(90, 100, 'c')] },
      range,
    )
    expect(coverage.ok).toBe(false)
    expect(coverage.gaps).toEqual([])
    expect(coverage.overlaps).toEqual([
      { min: 50, max: 60, labels: ['a', 'b'] },
      { min: 90, max: 100, labels: ['b', 'c'] },
    ])
  })

  it('on an integer range, ignores gaps holding no integer and reports the integers of the others', () => {
    const integerRange = { min: 4, max: 20, integer: true }
    expect(bandCoverage({ bands: [band(4, 10), band(11, 20)] }, integerRange).ok).toBe(true)
    expect(bandCoverage({ bands: [band(4, 10), band(13, 19)] }, integerRange).gaps).toEqual([
      { min: 11, max: 12 },
      { min: 20, max: 20 },
    ])
    expect(bandCoverage({ bands: [band(5.5, 20)] }, integerRange).gaps).toEqual([{ min: 4, max: 5 }])
    // The same bands on a continuous range leave (10, 11) uncovered.
    expect(bandCoverage({ bands: [band(4, 10), band(11, 20)] }, { min: 4, max: 20 }).gaps).toEqual([
      { min: 10, max: 11 },
    ])
  })

  it('flags bands with inverted or non-finite bounds', () => {
    const coverage = bandCoverage(
      { bands: [band(0, 100, 'fine'), band(60, 40, 'inverted'), band(Number.NaN, 5, 'nan')] },
      range,
    )
    expect(coverage).toMatchObject({ ok: false, invalid: ['inverted', 'nan'], gaps: [], overlaps: [] })
  })

  it('does not check a dimension without bands', () => {
    expect(bandCoverage({}, range).ok).toBe(true)
    expect(bandCoverage({ bands: [] }, range).ok).toBe(true)
  })
})

describe('possibleRange', () => {
  const key: ScoringKey = {
    questions: [
      { id: 'a', type: 'likert', dimension: 'sum', scale: { min: 1, max: 5 }, weight: 2 },
      { id: 'b', type: 'likert', dimension: 'sum', scale: { min: 0, max: 3 } },
      { id: 'c', type: 'likert', dimension: 'mean', scale: { min: 1, max: 5 } },
      { id: 'd', type: 'likert', dimension: 'mean', scale: { min: 1, max: 7 } },
      { id: 'e', type: 'boolean', dimension: 'pct' },
      {
        id: 'f',
        type: 'single',
        dimension: 'frac',
        options: [
          { label: 'x', value: 0.5 },
          { label: 'y', value: 2 },
        ],
      },
      { id: 'g', type: 'single', dimension: 'tally', options: [{ label: 'x', value: 'x' }] },
    ],
    dimensions: [
      { key: 'sum', label: 'Sum', method: 'sum' },
      { key: 'mean', label: 'Mean', method: 'mean' },
      { key: 'pct', label: 'Percent', method: 'percent' },
      { key: 'frac', label: 'Fractional sum', method: 'sum' },
      { key: 'tally', label: 'Tally', method: 'tally' },
    ],
    overall: { method: 'mean' },
  }

  it('computes each method’s range from the key', () => {
    // sum: 2·1 + 0 = 2 .. 2·5 + 3 = 13, integers only
    expect(possibleRange(key, 'sum')).toEqual({ min: 2, max: 13, integer: true })
    // mean: (1 + 1)/2 = 1 .. (5 + 7)/2 = 6
    expect(possibleRange(key, 'mean')).toEqual({ min: 1, max: 6, integer: false })
    expect(possibleRange(key, 'pct')).toEqual({ min: 0, max: 100, integer: false })
    expect(possibleRange(key, 'frac')).toEqual({ min: 0.5, max: 2, integer: false })
    expect(possibleRange(key, 'tally')).toBeNull()
  })

  it('computes the overall range over the numeric dimensions', () => {
    // Σ w·min = 2 + 0 + 1 + 1 + 0 + 0.5 = 4.5; Σ w·max = 10 + 3 + 5 + 7 + 1 + 2 = 28; Σw = 7
    expect(possibleRange(key, null)).toEqual({ min: 4.5 / 7, max: 4, integer: false })
  })

  it('widens a mean’s range to the extreme items when partial answers are scored as they are', () => {
    const partial = {
      ...key,
      dimensions: key.dimensions.map((d) =>
        d.key === 'mean' ? { ...d, minAnsweredFraction: 0.5, missing: 'withhold' as const } : d,
      ),
    }
    expect(possibleRange(partial, 'mean')).toEqual({ min: 1, max: 7, integer: false })
  })

  it('makes a sum non-integer once prorating is possible', () => {
    const prorated = {
      ...key,
      dimensions: key.dimensions.map((d) =>
        d.key === 'sum' ? { ...d, minAnsweredFraction: 0.5, missing: 'prorate' as const } : d,
      ),
    }
    expect(possibleRange(prorated, 'sum')).toEqual({ min: 2, max: 13, integer: false })
  })

  it('throws on an unknown dimension', () => {
    expect(() => possibleRange(key, 'nope')).toThrow('Unknown dimension "nope"')
  })
})

describe('auditBands', () => {
  it('checks every banded dimension and the overall score against its possible range', () => {
    const key: ScoringKey = {
      questions: [
        { id: 'a', type: 'likert', dimension: 'x', scale: { min: 1, max: 5 } },
        { id: 'b', type: 'likert', dimension: 'x', scale: { min: 1, max: 5 } },
        { id: 'c', type: 'likert', dimension: 'y', scale: { min: 1, max: 5 } },
      ],
      dimensions: [
        { key: 'x', label: 'X', method: 'sum', bands: [band(2, 5), band(6, 10)] },
        { key: 'y', label: 'Y', method: 'mean' },
      ],
      overall: { method: 'percent', bands: [band(0, 40), band(30, 100)] },
    }
    expect(auditBands(key)).toEqual([
      {
        dimension: 'x',
        range: { min: 2, max: 10, integer: true },
        coverage: { ok: true, gaps: [], overlaps: [], invalid: [] },
      },
      {
        dimension: null,
        range: { min: 0, max: 100, integer: false },
        coverage: {
          ok: false,
          gaps: [],
          overlaps: [{ min: 30, max: 40, labels: ['0-40', '30-100'] }],
          invalid: [],
        },
      },
    ])
  })
})
