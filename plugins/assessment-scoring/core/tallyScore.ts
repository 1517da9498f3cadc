import { isWithheld } from './isWithheld.js'
import { unscored } from './unscored.js'
import type { CompiledDimension, CompiledKey, DimensionScore } from './types.js'

/** Counts forced-choice picks per category; the same answered-fraction rule as numeric dimensions. */
export const tallyScore = (
  compiled: CompiledKey,
  dimension: CompiledDimension,
  answers: Readonly<Record<string, unknown>>,
): DimensionScore => {
  const tally: Record<string, number> = {}
  for (const category of dimension.categories) tally[category] = 0
  let answered = 0
  for (const index of dimension.items) {
    const question = compiled.questions[index]
    const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined
    let picks: readonly unknown[] | null = null
    if (question.type === 'single') picks = answer === undefined || answer === null ? null : [answer]
    else if (Array.isArray(answer)) picks = answer
    const legal = (pick: unknown, at: number, all: readonly unknown[]): boolean =>
      question.optionIndex.has(pick as number | string) && all.indexOf(pick) === at
    if (picks === null || !picks.every(legal)) continue
    answered++
    // Weighted, so an author can let a decisive item count double; with default weights it is a count.
    for (const pick of picks) tally[String(pick)] += question.weight
  }
  const withheld = isWithheld(dimension, answered)
  const result: DimensionScore = {
    key: dimension.key,
    label: dimension.label,
    method: 'tally',
    ...unscored(answered, dimension.items.length, withheld),
  }
  if (withheld) return result
  let best = 0
  for (const category of dimension.categories) best = Math.max(best, tally[category])
  result.tally = tally
  // Ties are kept: naming one winner of a tie would be an arbitrary verdict on the reader.
  result.tallyWinners = best > 0 ? dimension.categories.filter((category) => tally[category] === best) : []
  return result
}
