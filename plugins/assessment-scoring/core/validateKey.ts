import { isChoice, questionTypes } from '@kindred/plugin-shared/core'
import type { Band, KeyProblem, Question, ScoringKey } from './types.js'

const QUESTION_TYPES = new Set<string>(questionTypes.map((type) => type.value))
const METHODS = new Set(['sum', 'mean', 'percent', 'tally'])
const NUMERIC_METHODS = new Set(['sum', 'mean', 'percent'])
const MISSING = new Set(['prorate', 'withhold'])

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

const checkBands = (path: string, bands: readonly Band[] | undefined, problems: KeyProblem[]): void => {
  if (bands === undefined) return
  if (!Array.isArray(bands)) {
    problems.push({ path, reason: 'bands must be an array' })
    return
  }
  for (const band of bands) {
    if (typeof band?.label !== 'string') problems.push({ path, reason: 'band without a label' })
    else if (!isFiniteNumber(band.min) || !isFiniteNumber(band.max) || band.min > band.max)
      problems.push({ path, reason: `band "${band.label}" needs finite bounds with min ≤ max` })
  }
}

const numericOptionValues = (question: Question): number[] | null => {
  const values: number[] = []
  for (const option of question.options ?? []) {
    if (!isFiniteNumber(option.value)) return null
    values.push(option.value)
  }
  return values
}

/**
 * Every problem that would make a key unscorable or ambiguous. Run before publishing a version;
 * compileKey refuses a key with problems, so scoring never meets NaN ranges or divisions by zero.
 */
export const validateKey = (key: ScoringKey): KeyProblem[] => {
  const problems: KeyProblem[] = []
  const dimensions = new Map<string, string>()

  for (const dimension of key.dimensions) {
    const path = String(dimension.key)
    if (typeof dimension.key !== 'string' || dimension.key === '') {
      problems.push({ path, reason: 'dimension key must be a non-empty string' })
      continue
    }
    if (dimensions.has(dimension.key)) problems.push({ path, reason: 'duplicate dimension key' })
    dimensions.set(dimension.key, dimension.method)
    if (!METHODS.has(dimension.method))
      problems.push({ path, reason: `unknown method "${dimension.method}"` })
    const fraction = dimension.minAnsweredFraction
    if (fraction !== undefined && (!isFiniteNumber(fraction) || fraction < 0 || fraction > 1))
      problems.push({ path, reason: 'minAnsweredFraction must be within [0, 1]' })
    if (dimension.missing !== undefined && !MISSING.has(dimension.missing))
      problems.push({ path, reason: `unknown missing policy "${dimension.missing}"` })
    if (dimension.method === 'tally' && dimension.bands !== undefined && dimension.bands.length > 0)
      problems.push({ path, reason: 'a tally dimension has no numeric score to band' })
    else checkBands(path, dimension.bands, problems)
  }

  if (key.overall !== undefined) {
    if (!NUMERIC_METHODS.has(key.overall.method))
      problems.push({ path: 'overall', reason: `unknown overall method "${key.overall.method}"` })
    checkBands('overall', key.overall.bands, problems)
  }

  const ids = new Set<string>()
  const itemsPerDimension = new Map<string, number>()
  for (const question of key.questions) {
    const path = String(question.id)
    if (typeof question.id !== 'string' || question.id === '' || question.id === '__proto__') {
      problems.push({ path, reason: 'question id must be a non-empty string other than __proto__' })
      continue
    }
    if (ids.has(question.id)) problems.push({ path, reason: 'duplicate question id' })
    ids.add(question.id)
    if (!QUESTION_TYPES.has(question.type)) {
      problems.push({ path, reason: `unknown question type "${question.type}"` })
      continue
    }
    if (question.weight !== undefined && (!isFiniteNumber(question.weight) || question.weight <= 0))
      problems.push({ path, reason: 'weight must be a positive finite number' })

    if (question.type === 'likert') {
      const scale = question.scale
      if (
        scale === undefined ||
        !Number.isInteger(scale.min) ||
        !Number.isInteger(scale.max) ||
        scale.min >= scale.max
      )
        problems.push({ path, reason: 'a likert question needs an integer scale with min < max' })
    }
    if (isChoice(question.type)) {
      const options = question.options ?? []
      if (options.length === 0) problems.push({ path, reason: 'a choice question needs options' })
      const seen = new Set<number | string>()
      for (const option of options) {
        if (typeof option.value !== 'string' && !isFiniteNumber(option.value))
          problems.push({ path, reason: 'option values must be finite numbers or strings' })
        else if (seen.has(option.value))
          problems.push({ path, reason: `duplicate option value ${option.value}` })
        seen.add(option.value)
      }
    }

    if (question.dimension === undefined || question.type === 'text') continue
    const method = dimensions.get(question.dimension)
    if (method === undefined) {
      problems.push({ path, reason: `unknown dimension "${question.dimension}"` })
      continue
    }
    itemsPerDimension.set(question.dimension, (itemsPerDimension.get(question.dimension) ?? 0) + 1)
    if (method === 'tally') {
      if (question.type !== 'single' && question.type !== 'multiple')
        problems.push({ path, reason: 'a tally dimension counts single or multiple choices only' })
      continue
    }
    if (isChoice(question.type)) {
      const values = numericOptionValues(question)
      if (values === null) {
        problems.push({ path, reason: 'a scored choice question needs numeric option values' })
        continue
      }
      // A zero-width range would make the item's percent 0/0.
      const low =
        question.type === 'single' ? Math.min(...values) : values.reduce((s, v) => (v < 0 ? s + v : s), 0)
      const high =
        question.type === 'single' ? Math.max(...values) : values.reduce((s, v) => (v > 0 ? s + v : s), 0)
      if (!(high > low))
        problems.push({ path, reason: 'a scored choice question needs distinct option values' })
    }
  }

  for (const dimension of key.dimensions) {
    if (typeof dimension.key === 'string' && !itemsPerDimension.has(dimension.key))
      problems.push({ path: dimension.key, reason: 'dimension has no scored items' })
  }
  return problems
}
