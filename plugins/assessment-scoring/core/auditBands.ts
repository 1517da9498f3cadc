import { bandCoverage } from './bandCoverage.js'
import { possibleRange } from './possibleRange.js'
import { resolveKey } from './resolveKey.js'
import type { BandAudit, KeyInput } from './types.js'

/** Band coverage of every banded dimension and of the overall score: publish only when all are ok. */
export const auditBands = (key: KeyInput): BandAudit[] => {
  const compiled = resolveKey(key)
  const audits: BandAudit[] = []
  for (const dimension of compiled.dimensions) {
    const range = possibleRange(compiled, dimension.key)
    if (range !== null && dimension.bands.length > 0)
      audits.push({ dimension: dimension.key, range, coverage: bandCoverage(dimension, range) })
  }
  const overallRange = possibleRange(compiled, null)
  if (overallRange !== null && compiled.overall?.bands !== undefined && compiled.overall.bands.length > 0)
    audits.push({
      dimension: null,
      range: overallRange,
      coverage: bandCoverage(compiled.overall, overallRange),
    })
  return audits
}
