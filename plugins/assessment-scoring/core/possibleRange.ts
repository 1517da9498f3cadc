import { resolveKey } from './resolveKey.js'
import type { CompiledDimension, CompiledKey, KeyInput, NumericMethod, PossibleRange } from './types.js'

const allowsPartialAnswered = (dimension: CompiledDimension): boolean =>
  dimension.missing === 'withhold' && dimension.minAnsweredFraction < 1

const allowsProrating = (dimension: CompiledDimension): boolean =>
  dimension.missing === 'prorate' && dimension.minAnsweredFraction < 1

const rangeOf = (
  compiled: CompiledKey,
  method: NumericMethod,
  dimensions: readonly CompiledDimension[],
): PossibleRange => {
  if (method === 'percent') return { min: 0, max: 100, integer: false }
  let min = 0
  let max = 0
  let weightSum = 0
  let integer = true
  let itemMin = Infinity
  let itemMax = -Infinity
  for (const dimension of dimensions) {
    min += dimension.weightedMin
    max += dimension.weightedMax
    weightSum += dimension.weightSum
    if (allowsProrating(dimension)) integer = false
    for (const index of dimension.items) {
      const question = compiled.questions[index]
      itemMin = Math.min(itemMin, question.min)
      itemMax = Math.max(itemMax, question.max)
      const values = question.type === 'likert' || question.type === 'boolean' ? [] : question.optionValues
      if (!Number.isInteger(question.weight) || values.some((value) => !Number.isInteger(value)))
        integer = false
    }
  }
  // Partial sums get no band (scoreResponse), so only complete or prorated sums need covering.
  if (method === 'sum') return { min, max, integer }
  // A mean over a subset of items can reach the most extreme single item when the items' scales differ.
  if (dimensions.some(allowsPartialAnswered)) return { min: itemMin, max: itemMax, integer: false }
  return { min: min / weightSum, max: max / weightSum, integer: false }
}

/**
 * The range a band set must cover: of a dimension's method-specific score, or of the overall score
 * when dimensionKey is null. Null for a tally dimension, which has no numeric score.
 */
export const possibleRange = (key: KeyInput, dimensionKey: string | null): PossibleRange | null => {
  const compiled = resolveKey(key)
  if (dimensionKey === null) {
    if (compiled.overall === undefined) return null
    const numeric = compiled.dimensions.filter((dimension) => dimension.method !== 'tally')
    return numeric.length === 0 ? null : rangeOf(compiled, compiled.overall.method, numeric)
  }
  const dimension = compiled.dimensionByKey.get(dimensionKey)
  if (dimension === undefined) throw new RangeError(`Unknown dimension "${dimensionKey}"`)
  return dimension.method === 'tally' ? null : rangeOf(compiled, dimension.method, [dimension])
}
