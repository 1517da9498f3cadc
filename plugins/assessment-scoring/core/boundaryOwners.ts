import type { Band } from './types.js'

import { findBand } from './findBand.js'

/** A score that is one band's bound and another's, and the band a respondent scoring it gets. */
export interface BoundaryOwner {
  score: number
  owner: string
}

/**
 * Who owns each score two bands share as a bound ([1,3] and [3,5] both hold 3): the band scoring
 * picks, by the same findBand, so an author's preview cannot disagree with a respondent's result.
 */
export const boundaryOwners = (bands: readonly Band[]): BoundaryOwner[] => {
  const valid = bands.filter((band) => Number.isFinite(band.min) && Number.isFinite(band.max))
  const shared = new Set<number>()
  for (const upper of valid)
    for (const lower of valid) if (upper !== lower && upper.max === lower.min) shared.add(upper.max)
  return [...shared]
    .sort((a, b) => a - b)
    .map((score) => ({ score, owner: findBand(valid, score)?.label ?? '' }))
}
