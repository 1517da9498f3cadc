import { findBand } from './findBand.js'
import { isWithheld } from './isWithheld.js'
import { unscored } from './unscored.js'
import { itemValue } from './itemValue.js'
import { methodScore } from './methodScore.js'
import { resolveKey } from './resolveKey.js'
import { tallyScore } from './tallyScore.js'
import type {
  Band,
  CompiledDimension,
  CompiledKey,
  DimensionScore,
  KeyInput,
  OverallScore,
  ResponseScores,
  ScoreBasis,
} from './types.js'

/** The numeric dimensions' results added up for the overall score. */
interface Totals {
  answered: number
  total: number
  dimensions: number
  withheld: boolean
  basis: ScoreBasis
  raw: number
  weightedMin: number
  weightedMax: number
  weightSum: number
}

const bandFor = (bands: readonly Band[], score: number | null): Band | undefined =>
  score === null || bands.length === 0 ? undefined : findBand(bands, score)

/**
 * Reverse-keyed values of the numeric items by question position, NaN where missing. One pass over
 * the answers' keys, then every dimension reads positions in key order, so the float sums do not
 * depend on the order the client sent the answers in.
 */
const numericValues = (compiled: CompiledKey, answers: Readonly<Record<string, unknown>>): number[] => {
  // A plain array: allocating a typed array costs several times more at this size.
  const values = new Array<number>(compiled.questions.length).fill(Number.NaN)
  // for…in rather than Object.keys: on V8 it walks a fast object's enum cache without allocating.
  for (const questionId in answers) {
    const question = compiled.questionById[questionId]
    if (question === undefined || !question.numeric) continue
    const value = itemValue(question, answers[questionId])
    if (value !== undefined) values[question.index] = value
  }
  return values
}

/**
 * Missing items (rule applied once the answered share reaches minAnsweredFraction, else withheld):
 * - 'prorate' imputes every missing item at the respondent's own position on the answered items:
 *   p = (R_ans − Rmin_ans)/(Rmax_ans − Rmin_ans), R = Rmin_all + p·(Rmax_all − Rmin_all). On a
 *   dimension whose items share one scale this is exactly R_ans × Σw_all / Σw_ans; unlike that
 *   formula it can never leave [Rmin_all, Rmax_all] when the items' scales differ.
 * - 'withhold' never invents points: raw, range, mean and percent cover the answered items only
 *   (basis 'answered'). Mean and percent stay comparable with complete responses; a partial sum
 *   does not, so a 'sum' dimension gets no band until it is complete.
 */
const numericScore = (
  compiled: CompiledKey,
  dimension: CompiledDimension,
  values: readonly number[],
  totals: Totals,
): DimensionScore => {
  const { questions } = compiled
  const items = dimension.items
  let answered = 0
  let raw = 0
  let weightSum = 0
  let low = 0
  let high = 0
  for (let i = 0; i < items.length; i++) {
    const value = values[items[i]]
    if (value !== value) continue // NaN: missing
    const question = questions[items[i]]
    const weight = question.weight
    answered++
    raw += weight * value
    weightSum += weight
    low += weight * question.min
    high += weight * question.max
  }
  totals.answered += answered
  totals.total += items.length
  totals.dimensions++

  if (isWithheld(dimension, answered)) {
    totals.withheld = true
    return {
      key: dimension.key,
      label: dimension.label,
      method: dimension.method,
      ...unscored(answered, items.length),
    }
  }

  // Multiplying before dividing keeps integer cases exact: 7·100/100 is 7, 0.07·100 is not.
  const percent = ((raw - low) * 100) / (high - low)
  let basis: ScoreBasis = 'all'
  if (answered < items.length && dimension.missing === 'withhold') basis = 'answered'
  else if (answered < items.length) {
    basis = 'prorated'
    raw =
      dimension.weightedMin + ((raw - low) * (dimension.weightedMax - dimension.weightedMin)) / (high - low)
    low = dimension.weightedMin
    high = dimension.weightedMax
    weightSum = dimension.weightSum
  }
  totals.raw += raw
  totals.weightedMin += low
  totals.weightedMax += high
  totals.weightSum += weightSum
  if (basis === 'answered' || (basis === 'prorated' && totals.basis === 'all')) totals.basis = basis

  const mean = raw / weightSum
  return {
    key: dimension.key,
    label: dimension.label,
    method: dimension.method,
    answered,
    total: items.length,
    withheld: false,
    basis,
    raw,
    weightedMin: low,
    weightedMax: high,
    mean,
    percent,
    band: bandFor(dimension.bands, methodScore(dimension.method, basis, raw, mean, percent)),
  }
}

/**
 * The overall score adds up the numeric dimensions' own results, so it inherits their missing-item
 * rules; it is withheld when any of them is, since a whole cannot be scored without a part.
 */
const overallScore = (compiled: CompiledKey, totals: Totals): OverallScore | null => {
  const config = compiled.overall
  if (config === undefined) return null
  if (totals.withheld || totals.dimensions === 0)
    return { method: config.method, ...unscored(totals.answered, totals.total) }
  const { raw, weightedMin, weightedMax, basis } = totals
  const percent = ((raw - weightedMin) * 100) / (weightedMax - weightedMin)
  const mean = raw / totals.weightSum
  return {
    method: config.method,
    answered: totals.answered,
    total: totals.total,
    withheld: false,
    basis,
    raw,
    weightedMin,
    weightedMax,
    mean,
    percent,
    band: bandFor(config.bands ?? [], methodScore(config.method, basis, raw, mean, percent)),
  }
}

/**
 * Scores one response. Expects answers from validateAnswers; a value that is not legal for its item
 * counts as missing. Pass a compiled key on hot paths. `band` is always present (undefined when no
 * band matches) so every result object has one shape.
 */
export const scoreResponse = (key: KeyInput, answers: Readonly<Record<string, unknown>>): ResponseScores => {
  const compiled = resolveKey(key)
  const values = numericValues(compiled, answers)
  const totals: Totals = {
    answered: 0,
    total: 0,
    dimensions: 0,
    withheld: false,
    basis: 'all',
    raw: 0,
    weightedMin: 0,
    weightedMax: 0,
    weightSum: 0,
  }
  const dimensions: Record<string, DimensionScore> = {}
  for (const dimension of compiled.dimensions) {
    dimensions[dimension.key] =
      dimension.method === 'tally'
        ? tallyScore(compiled, dimension, answers)
        : numericScore(compiled, dimension, values, totals)
  }
  return { dimensions, overall: overallScore(compiled, totals) }
}
