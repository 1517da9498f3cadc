import { cronbachAlpha } from './cronbachAlpha.js'
import { itemValue } from './itemValue.js'
import { pearson } from './pearson.js'
import { resolveKey } from './resolveKey.js'
import { sampleVariance } from './sampleVariance.js'
import { scoreResponse } from './scoreResponse.js'
import type { DimensionStatistics, ItemStatistic, ItemStatisticsReport, KeyInput } from './types.js'

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length

/**
 * Psychometrics of a key over a set of responses, for editors reviewing a version.
 * - Percent scores (mean, sample SD, band distribution) use every response the dimension scored.
 * - α and corrected item-total r use complete cases only (listwise), on reverse-keyed values; α is
 *   that of the weighted composite the dimension actually reports, r (scale-free) pairs the item
 *   with the weighted total of the other items. A negative r flags an item that moves against its
 *   dimension: usually a missing or wrong reverseKeyed.
 * - Tally dimensions have no numeric score and are left out.
 * Anything undefined (fewer than two cases or items, zero variance) is null.
 */
export const itemStatistics = (
  key: KeyInput,
  responses: readonly Readonly<Record<string, unknown>>[],
): ItemStatisticsReport => {
  const compiled = resolveKey(key)
  const scores = responses.map((answers) => scoreResponse(compiled, answers))
  const dimensions: Record<string, DimensionStatistics> = {}

  for (const dimension of compiled.dimensions) {
    if (dimension.method === 'tally') continue
    const bandDistribution: Record<string, number> = {}
    for (const band of dimension.bands) bandDistribution[band.label] = 0
    const percents: number[] = []
    let unbanded = 0
    for (const response of scores) {
      const score = response.dimensions[dimension.key]
      if (score.percent === null) continue
      percents.push(score.percent)
      if (score.band === undefined) unbanded++
      else bandDistribution[score.band.label]++
    }

    const questions = dimension.items.map((index) => compiled.questions[index])
    const answered: number[][] = questions.map(() => [])
    const complete: number[][] = questions.map(() => [])
    for (const answers of responses) {
      const values = questions.map((question) => itemValue(question, answers[question.id]))
      values.forEach((value, i) => {
        if (value !== undefined) answered[i].push(value)
      })
      if (values.every((value) => value !== undefined))
        values.forEach((value, i) => complete[i].push(value as number))
    }
    const weighted = complete.map((column, i) => column.map((value) => value * questions[i].weight))
    const cases = complete[0]?.length ?? 0
    const totals = new Array<number>(cases).fill(0)
    for (const column of weighted) for (let c = 0; c < cases; c++) totals[c] += column[c]

    const items: ItemStatistic[] = questions.map((question, i) => {
      const rest = totals.map((total, c) => total - weighted[i][c])
      const r = questions.length < 2 ? null : pearson(complete[i], rest)
      return {
        questionId: question.id,
        mean: mean(answered[i]),
        correctedItemTotal: r,
        suspectMiskeyed: r !== null && r < 0,
      }
    })

    const variance = sampleVariance(percents)
    dimensions[dimension.key] = {
      key: dimension.key,
      label: dimension.label,
      scored: percents.length,
      withheld: responses.length - percents.length,
      meanPercent: mean(percents),
      sdPercent: variance === null ? null : Math.sqrt(variance),
      bandDistribution,
      unbanded,
      completeCases: cases,
      alpha: cronbachAlpha(weighted),
      items,
    }
  }
  return { n: responses.length, dimensions }
}
