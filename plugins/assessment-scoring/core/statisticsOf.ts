import type { FrozenKey } from './FrozenKey.js'

import { itemStatistics } from './itemStatistics.js'

/** Per dimension the statistics counselors see of these answers, with each item's prompt. */
export const statisticsOf = (frozen: FrozenKey, answers: readonly Record<string, unknown>[]) => {
  const report = itemStatistics(frozen.compiled, answers)
  const prompts = new Map(frozen.form.questions.map((question) => [question.id, question.prompt]))
  return Object.values(report.dimensions).map((dimension) => ({
    alpha: dimension.alpha,
    bandDistribution: dimension.bandDistribution,
    completeCases: dimension.completeCases,
    items: dimension.items.map((item) => ({ ...item, prompt: prompts.get(item.questionId) ?? '' })),
    key: dimension.key,
    label: dimension.label,
    meanPercent: dimension.meanPercent,
    scored: dimension.scored,
    sdPercent: dimension.sdPercent,
    unbanded: dimension.unbanded,
    withheld: dimension.withheld,
  }))
}
