import type { BoundaryOwner } from './boundaryOwners.js'
import type { Band, BandCoverage, PossibleRange } from './types.js'
import type { StoredKey } from './buildKey.js'

import { bandCoverage } from './bandCoverage.js'
import { boundaryOwners } from './boundaryOwners.js'
import { compileKey } from './compileKey.js'
import { possibleRange } from './possibleRange.js'
import { validateKey } from './validateKey.js'

/** One dimension (or the overall score) as the admin's preview shows it. */
export type RangePreview = {
  bands: { label: string; max: number; min: number }[]
  /** Scores two bands share as a bound, and the band scoring gives them. */
  boundaries: BoundaryOwner[]
  coverage: BandCoverage | null
  dimension: null | string
  label: string
  range: null | PossibleRange
}

/**
 * The possible score range, bands and band coverage of every dimension and the overall score, for
 * the admin's preview. Null ranges while the key has problems that keep it from compiling.
 */
export const previewRanges = (key: StoredKey): RangePreview[] => {
  const compiled = validateKey(key).length === 0 ? compileKey(key) : null
  const row = (dimension: null | string, label: string, bands: readonly Band[] = []): RangePreview => {
    const range = compiled && possibleRange(compiled, dimension)
    const coverage = range && bands.length > 0 ? bandCoverage({ bands }, range) : null
    return {
      bands: bands.map(({ label, max, min }) => ({ label, max, min })),
      boundaries: boundaryOwners(bands),
      coverage,
      dimension,
      label,
      range,
    }
  }
  const rows = key.dimensions.map((dimension) => row(dimension.key, dimension.label, dimension.bands))
  if (key.overall) rows.push(row(null, 'Overall', key.overall.bands))
  return rows
}
