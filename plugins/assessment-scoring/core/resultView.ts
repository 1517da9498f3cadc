import type { Band } from './types.js'
import type { FrozenKey } from './FrozenKey.js'
import type { StoredScore, StoredScores } from './storedScores.js'

export type BandView = { conversationPrompts: string[]; interpretation: unknown; label: string }

export type ScoreView = {
  answered: number
  band: BandView | null
  method: string
  percent: null | number
  score: null | number
  tallyWinners?: string[]
  total: number
  withheld: boolean
}

const bandView = (bands: readonly Band[] | undefined, score: StoredScore): BandView | null => {
  const band = score.band && bands?.[score.band.index]
  return band
    ? {
        conversationPrompts: [...(band.conversationPrompts ?? [])],
        interpretation: band.interpretation ?? null,
        label: band.label,
      }
    : null
}

const scoreView = (score: StoredScore, bands: readonly Band[] | undefined): ScoreView => {
  const view: ScoreView = {
    answered: score.answered,
    band: bandView(bands, score),
    method: score.method,
    percent: score.percent,
    score: score.score,
    total: score.total,
    withheld: score.withheld,
  }
  if (score.tallyWinners) view.tallyWinners = score.tallyWinners
  return view
}

/**
 * A submitted response's result as its respondent (or a granted counselor) reads it: per
 * dimension the score, the band with its interpretation and conversation prompts. Band bounds,
 * weights and reverse keys stay inside the frozen version.
 */
export const resultView = (frozen: FrozenKey, scores: StoredScores) => ({
  assessment: { slug: frozen.form.slug, title: frozen.form.title },
  dimensions: frozen.key.dimensions.map((dimension) => ({
    description: dimension.description ?? '',
    key: dimension.key,
    label: dimension.label,
    ...scoreView(scores.dimensions[dimension.key], dimension.bands),
  })),
  overall: scores.overall === null ? null : scoreView(scores.overall, frozen.key.overall?.bands),
  version: frozen.version,
})
