import type { ScoreBase } from './types.js'

/**
 * A score without numbers: a withheld one (too few answers), or a tally's counts, which are not a scale.
 * `withheld` says which; every number is null.
 */
export const unscored = (answered: number, total: number, withheld = true) =>
  ({
    answered,
    total,
    withheld,
    basis: null,
    raw: null,
    weightedMin: null,
    weightedMax: null,
    mean: null,
    percent: null,
  }) satisfies ScoreBase
