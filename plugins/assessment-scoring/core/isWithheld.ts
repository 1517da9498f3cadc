import type { CompiledDimension } from './types.js'

// n/N and the author's fraction are both rounded decimals; 0.7 × 10 must admit 7 answers.
const FRACTION_TOLERANCE = 1e-9

/** Too few answers to stand for the dimension; nothing answered never scores, whatever the threshold. */
export const isWithheld = (dimension: CompiledDimension, answered: number): boolean =>
  answered === 0 || answered < dimension.minAnsweredFraction * dimension.items.length - FRACTION_TOLERANCE
