import type { Band } from './types.js'

// Scores are ratios of sums; a bound written as 60 must still catch 59.99999999999999.
const TOLERANCE = 1e-9

/** The first band whose inclusive bounds hold the score: the author's order breaks shared boundaries. */
export const findBand = (bands: readonly Band[], score: number): Band | undefined => {
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i]
    if (score >= band.min - TOLERANCE && score <= band.max + TOLERANCE) return band
  }
  return undefined
}
