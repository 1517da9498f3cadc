import { isChoice } from '@kindred/plugin-shared/core'
import { ScoringKeyError } from './ScoringKeyError.js'
import type { CompiledDimension, CompiledKey, CompiledQuestion, Question, ScoringKey } from './types.js'
import { validateKey } from './validateKey.js'

const numericRange = (question: Question, tally: boolean): [number, number] => {
  if (question.type === 'text' || tally) return [Number.NaN, Number.NaN]
  if (question.type === 'boolean') return [0, 1]
  if (question.type === 'likert')
    return question.scale ? [question.scale.min, question.scale.max] : [Number.NaN, Number.NaN]
  const values: number[] = []
  for (const option of question.options ?? []) if (typeof option.value === 'number') values.push(option.value)
  if (values.length === 0) return [Number.NaN, Number.NaN]
  if (question.type === 'single') return [Math.min(...values), Math.max(...values)]
  // Picking several options adds them up, so the extremes pick every negative or every positive one.
  let low = 0
  let high = 0
  for (const value of values) {
    if (value < 0) low += value
    else high += value
  }
  return [low, high]
}

/**
 * Precomputes what every scoring needs (ranges, item lists, option lookups) once per key version,
 * so the hot path does no per-call analysis. Throws ScoringKeyError listing every problem.
 */
export const compileKey = (key: ScoringKey): CompiledKey => {
  const problems = validateKey(key)
  if (problems.length > 0) throw new ScoringKeyError(problems)

  const dimensionIndex = new Map<string, number>()
  key.dimensions.forEach((dimension, index) => dimensionIndex.set(dimension.key, index))

  const questions: CompiledQuestion[] = key.questions.map((question, index) => {
    const dimension =
      question.dimension === undefined || question.type === 'text'
        ? -1
        : (dimensionIndex.get(question.dimension) ?? -1)
    const tally = dimension >= 0 && key.dimensions[dimension].method === 'tally'
    const [min, max] = numericRange(question, tally)
    const optionValues = isChoice(question.type) ? (question.options ?? []).map((o) => o.value) : []
    return Object.freeze({
      source: question,
      index,
      id: question.id,
      type: question.type,
      weight: question.weight ?? 1,
      reverseKeyed: question.reverseKeyed === true,
      required: question.required === true,
      safety: question.safety === true,
      dimension,
      min,
      max,
      numeric: dimension >= 0 && !tally,
      optionIndex: new Map(optionValues.map((value, index) => [value, index])),
      optionValues,
    })
  })

  const dimensions: CompiledDimension[] = key.dimensions.map((dimension, index) => {
    const items: number[] = []
    let weightSum = 0
    let weightedMin = 0
    let weightedMax = 0
    const categories: string[] = []
    questions.forEach((question, questionIndex) => {
      if (question.dimension !== index) return
      items.push(questionIndex)
      weightSum += question.weight
      if (dimension.method === 'tally') {
        for (const value of question.optionValues) {
          const category = String(value)
          if (!categories.includes(category)) categories.push(category)
        }
      } else {
        weightedMin += question.weight * question.min
        weightedMax += question.weight * question.max
      }
    })
    return Object.freeze({
      source: dimension,
      key: dimension.key,
      label: dimension.label,
      method: dimension.method,
      minAnsweredFraction: dimension.minAnsweredFraction ?? 1,
      missing: dimension.missing ?? 'withhold',
      bands: dimension.bands ?? [],
      items,
      weightSum,
      weightedMin,
      weightedMax,
      categories,
    })
  })

  // A prototype-less object rather than a Map: V8 looks ids up in it faster, and an id such as
  // "constructor" finds nothing.
  const questionById: Record<string, CompiledQuestion | undefined> = Object.create(null)
  for (const question of questions) questionById[question.id] = question

  // Arrays stay unfrozen on purpose: indexed reads of a frozen array are markedly slower in V8.
  return Object.freeze({
    compiled: true,
    source: key,
    questions,
    questionById,
    dimensions,
    dimensionByKey: new Map(dimensions.map((d) => [d.key, d])),
    requiredCount: questions.filter((q) => q.required).length,
    overall: key.overall,
  })
}
