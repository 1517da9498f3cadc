import { itemValue } from './itemValue.js'
import { methodScore } from './methodScore.js'
import { resolveKey } from './resolveKey.js'
import type {
  AgreementClass,
  CompiledQuestion,
  CoupleComparison,
  CoupleDimension,
  DimensionScore,
  KeyInput,
  PartnerDimensionResult,
  ResponseScores,
} from './types.js'

const side = (question: CompiledQuestion, answer: unknown): -1 | 0 | 1 | null => {
  const value = itemValue(question, answer)
  if (value === undefined) return null
  const midpoint = (question.min + question.max) / 2
  return value > midpoint ? 1 : value < midpoint ? -1 : 0
}

const classify = (a: -1 | 0 | 1, b: -1 | 0 | 1): AgreementClass => {
  if (a === 1 && b === 1) return 'both-positive'
  if (a === -1 && b === -1) return 'both-negative'
  if (a * b === -1) return 'disagreement'
  return 'uncertain'
}

const partner = (score: DimensionScore | undefined): PartnerDimensionResult => {
  if (score === undefined || score.withheld) return { score: null, percent: null }
  const result: PartnerDimensionResult = {
    score: methodScore(score.method, score.basis, score.raw, score.mean, score.percent),
    percent: score.percent,
  }
  if (score.band !== undefined) result.band = score.band
  if (score.tallyWinners !== undefined) result.tallyWinners = score.tallyWinners
  return result
}

/**
 * A couple's report. Item agreement is read after reverse keying, against the item's midpoint:
 * above is positive, below negative, on it uncertain; one positive and one negative is a
 * disagreement, a positive or negative against an uncertain stays uncertain. PCA (positive couple
 * agreement) is the share of the compared items both partners answered positively, unanswered
 * items included in the denominator. The result never carries a raw answer, only classes.
 *
 * Safety items are left out of every item list and count, and a dimension made only of safety
 * items is left out altogether, since its score alone would disclose them to the other partner.
 *
 * Strengths are the dimensions with the highest PCA (when above 0). Growth areas are those with the
 * lowest PCA and those with the largest percent gap between the partners, minus any strength.
 */
export const compareCouple = (
  key: KeyInput,
  answersA: Readonly<Record<string, unknown>>,
  answersB: Readonly<Record<string, unknown>>,
  scoresA: ResponseScores,
  scoresB: ResponseScores,
): CoupleComparison => {
  const compiled = resolveKey(key)
  const dimensions: Record<string, CoupleDimension> = {}

  for (const dimension of compiled.dimensions) {
    const questions = dimension.items.map((index) => compiled.questions[index])
    if (questions.every((question) => question.safety)) continue
    const a = partner(scoresA.dimensions[dimension.key])
    const b = partner(scoresB.dimensions[dimension.key])
    const counts: Record<AgreementClass, number> = {
      'both-positive': 0,
      'both-negative': 0,
      disagreement: 0,
      uncertain: 0,
    }
    const items = questions
      .filter((question) => question.numeric && !question.safety)
      .map((question) => {
        const sideA = side(question, answersA[question.id])
        const sideB = side(question, answersB[question.id])
        const agreement = sideA === null || sideB === null ? null : classify(sideA, sideB)
        if (agreement !== null) counts[agreement]++
        return { questionId: question.id, agreement }
      })
    dimensions[dimension.key] = {
      key: dimension.key,
      label: dimension.label,
      method: dimension.method,
      partnerA: a,
      partnerB: b,
      difference: a.score === null || b.score === null ? null : a.score - b.score,
      percentGap: a.percent === null || b.percent === null ? null : Math.abs(a.percent - b.percent),
      items,
      counts,
      pca: items.length === 0 ? null : (counts['both-positive'] * 100) / items.length,
    }
  }

  const compared = Object.values(dimensions).filter((dimension) => dimension.pca !== null)
  const pcas = compared.map((dimension) => dimension.pca as number)
  const gaps = compared.flatMap((dimension) => (dimension.percentGap === null ? [] : [dimension.percentGap]))
  const highest = Math.max(...pcas)
  const lowest = Math.min(...pcas)
  const widest = Math.max(0, ...gaps)
  const strengths = highest > 0 ? compared.filter((d) => d.pca === highest).map((d) => d.key) : []
  const growthAreas = compared
    .filter((d) => d.pca === lowest || (widest > 0 && d.percentGap === widest))
    .map((d) => d.key)
    .filter((dimensionKey) => !strengths.includes(dimensionKey))

  return { dimensions, strengths, growthAreas }
}
