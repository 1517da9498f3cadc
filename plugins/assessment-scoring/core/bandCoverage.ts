import type { Band, BandCoverage, BandGap, BandOverlap, PossibleRange } from './types.js'

const isValid = (band: Band): boolean =>
  Number.isFinite(band.min) && Number.isFinite(band.max) && band.min <= band.max

/**
 * Where a band set fails to give every reachable score exactly one band. Bands are closed intervals
 * picked first-match, so bands that only touch ([0,10] and [10,20]) neither overlap nor leave a gap;
 * an overlap needs a shared stretch of positive length. With an integer range only integers are
 * reachable, so [0,10] and [11,20] leave no gap. A band set with no bands is not checked: such a
 * dimension shows its score without an interpretation.
 */
export const bandCoverage = (
  dimension: { bands?: readonly Band[] },
  range: Pick<PossibleRange, 'min' | 'max'> & { integer?: boolean },
): BandCoverage => {
  const bands = dimension.bands ?? []
  const invalid = bands.filter((band) => !isValid(band)).map((band) => band.label)
  const valid = bands.filter(isValid)
  if (bands.length === 0) return { ok: true, gaps: [], overlaps: [], invalid }

  const overlaps: BandOverlap[] = []
  for (let i = 0; i < valid.length; i++) {
    for (let j = i + 1; j < valid.length; j++) {
      const min = Math.max(valid[i].min, valid[j].min)
      const max = Math.min(valid[i].max, valid[j].max)
      if (min < max) overlaps.push({ min, max, labels: [valid[i].label, valid[j].label] })
    }
  }

  const gaps: BandGap[] = []
  const addGap = (from: number, to: number, fromCovered: boolean, toCovered: boolean): void => {
    if (range.integer !== true) {
      if (from < to) gaps.push({ min: from, max: to })
      return
    }
    const first = fromCovered ? Math.floor(from) + 1 : Math.ceil(from)
    const last = toCovered ? Math.ceil(to) - 1 : Math.floor(to)
    if (first <= last) gaps.push({ min: first, max: last })
  }
  const sorted = [...valid].sort((a, b) => a.min - b.min)
  let coveredTo = range.min
  let anyCovered = false
  for (const band of sorted) {
    if (band.max < range.min) continue
    if (band.min > range.max) break
    if (band.min > coveredTo) addGap(coveredTo, band.min, anyCovered, true)
    coveredTo = Math.max(coveredTo, band.max)
    anyCovered = true
  }
  if (!anyCovered) addGap(range.min, range.max, false, false)
  else if (coveredTo < range.max) addGap(coveredTo, range.max, true, false)

  return { ok: gaps.length === 0 && overlaps.length === 0 && invalid.length === 0, gaps, overlaps, invalid }
}
