import type { DimensionMethod, ScoreBasis } from './types.js'

/**
 * The number a dimension is banded and compared by: sum → raw, mean → mean, percent → percent.
 * A sum over the answered items only sits on a shorter scale than its bands, so it has none.
 * Positional rather than an object so the scoring hot path allocates nothing to ask.
 */
export const methodScore = (
  method: DimensionMethod,
  basis: ScoreBasis | null,
  raw: number | null,
  mean: number | null,
  percent: number | null,
): number | null => {
  if (method === 'sum') return basis === 'answered' ? null : raw
  if (method === 'mean') return mean
  if (method === 'percent') return percent
  return null
}
