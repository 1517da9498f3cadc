import { sampleVariance } from './sampleVariance.js'

/**
 * α = k/(k−1) · (1 − Σσ²ᵢ/σ²ₜ) over item columns (one array per item, cases in the same order).
 * Sample variances throughout; the n/(n−1) factor cancels in the ratio anyway. Null for fewer than
 * two items or cases, or a total that does not vary.
 */
export const cronbachAlpha = (items: readonly (readonly number[])[]): number | null => {
  const k = items.length
  if (k < 2) return null
  const n = items[0].length
  if (n < 2 || items.some((column) => column.length !== n)) return null
  const totals = new Array<number>(n).fill(0)
  let itemVariances = 0
  for (const column of items) {
    itemVariances += sampleVariance(column) as number
    for (let i = 0; i < n; i++) totals[i] += column[i]
  }
  const totalVariance = sampleVariance(totals) as number
  if (!(totalVariance > 1e-12 * Math.max(1, itemVariances))) return null
  return (k / (k - 1)) * (1 - itemVariances / totalVariance)
}
