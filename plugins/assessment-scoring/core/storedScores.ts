import type { Band, DimensionScore, OverallScore, ResponseScores } from './types.js'
import type { StoredKey } from './buildKey.js'

import { methodScore } from './methodScore.js'

/** A dimension's or the overall score as stored on a response: numbers and the band's position. */
export type StoredScore = {
  answered: number
  /** Position and label of the band in the frozen key; null when no band applies. */
  band: null | { index: number; label: string }
  basis: DimensionScore['basis']
  mean: null | number
  method: DimensionScore['method']
  percent: null | number
  raw: null | number
  /** The number the dimension is banded by (sum → raw, mean → mean, percent → percent). */
  score: null | number
  tally?: Record<string, number>
  tallyWinners?: string[]
  total: number
  withheld: boolean
}

export type StoredScores = { dimensions: Record<string, StoredScore>; overall: null | StoredScore }

const stored = (score: DimensionScore | OverallScore, bands: readonly Band[]): StoredScore => {
  const index = score.band === undefined ? -1 : bands.indexOf(score.band)
  const result: StoredScore = {
    answered: score.answered,
    band: index === -1 ? null : { index, label: bands[index].label },
    basis: score.basis,
    mean: score.mean,
    method: score.method,
    percent: score.percent,
    raw: score.raw,
    score: methodScore(score.method, score.basis, score.raw, score.mean, score.percent),
    total: score.total,
    withheld: score.withheld,
  }
  if ('tally' in score && score.tally !== undefined) result.tally = score.tally
  if ('tallyWinners' in score && score.tallyWinners !== undefined) result.tallyWinners = score.tallyWinners
  return result
}

/**
 * The scores kept with a submitted response. Bands are kept by position, not copied: their
 * interpretations live once in the frozen version the response points to.
 */
export const storedScores = (key: StoredKey, scores: ResponseScores): StoredScores => ({
  dimensions: Object.fromEntries(
    key.dimensions.map((dimension) => [
      dimension.key,
      stored(scores.dimensions[dimension.key], dimension.bands ?? []),
    ]),
  ),
  overall: scores.overall === null ? null : stored(scores.overall, key.overall?.bands ?? []),
})
