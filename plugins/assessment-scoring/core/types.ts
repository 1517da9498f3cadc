import type { QuestionType } from '@kindred/plugin-shared/core'

export type { QuestionType }

export interface ScaleRange {
  min: number
  max: number
}

export interface QuestionOption {
  label: string
  value: number | string
}

export interface Question {
  id: string
  type: QuestionType
  dimension?: string
  /** Defaults to 1. */
  weight?: number
  reverseKeyed?: boolean
  required?: boolean
  safety?: boolean
  scale?: ScaleRange
  options?: readonly QuestionOption[]
}

export interface Band {
  min: number
  max: number
  label: string
  interpretation?: unknown
  conversationPrompts?: readonly string[]
}

export type DimensionMethod = 'sum' | 'mean' | 'percent' | 'tally'
export type NumericMethod = Exclude<DimensionMethod, 'tally'>
export type MissingPolicy = 'prorate' | 'withhold'

export interface Dimension {
  key: string
  label: string
  method: DimensionMethod
  /** Share of the dimension's items (by count) that must be answered; defaults to 1. */
  minAnsweredFraction?: number
  /** Defaults to 'withhold'. */
  missing?: MissingPolicy
  bands?: readonly Band[]
}

export interface OverallScoring {
  method: NumericMethod
  bands?: readonly Band[]
}

/** A frozen snapshot of one published assessment version. */
export interface ScoringKey {
  questions: readonly Question[]
  dimensions: readonly Dimension[]
  overall?: OverallScoring
}

export type AnswerValue = number | string | boolean | readonly (number | string)[]

/** Answers after validateAnswers: only known questions, well-typed values, no null placeholders. */
export type Answers = Readonly<Record<string, AnswerValue>>

export interface KeyProblem {
  /** A question id, a dimension key, or 'overall'. */
  path: string
  reason: string
}

export interface CompiledQuestion {
  readonly source: Question
  /** Position in CompiledKey.questions. */
  readonly index: number
  readonly id: string
  readonly type: QuestionType
  readonly weight: number
  readonly reverseKeyed: boolean
  readonly required: boolean
  readonly safety: boolean
  /** Index into CompiledKey.dimensions, -1 when the question belongs to none. */
  readonly dimension: number
  /** Numeric range of the item; NaN when the item has no numeric value (text, categorical options). */
  readonly min: number
  readonly max: number
  /** True when the item adds a number to a sum/mean/percent dimension. */
  readonly numeric: boolean
  /** Option value → position in `options`; empty for likert, boolean and text. */
  readonly optionIndex: ReadonlyMap<number | string, number>
  readonly optionValues: readonly (number | string)[]
}

export interface CompiledDimension {
  readonly source: Dimension
  readonly key: string
  readonly label: string
  readonly method: DimensionMethod
  readonly minAnsweredFraction: number
  readonly missing: MissingPolicy
  readonly bands: readonly Band[]
  /** Indices into CompiledKey.questions of the items that count (text never does). */
  readonly items: readonly number[]
  readonly weightSum: number
  /** Σ w·min and Σ w·max over every item. */
  readonly weightedMin: number
  readonly weightedMax: number
  /** Tally categories in first-seen option order. */
  readonly categories: readonly string[]
}

export interface CompiledKey {
  readonly compiled: true
  readonly source: ScoringKey
  readonly questions: readonly CompiledQuestion[]
  /** Prototype-less, so only question ids resolve. */
  readonly questionById: Readonly<Record<string, CompiledQuestion | undefined>>
  readonly dimensions: readonly CompiledDimension[]
  readonly dimensionByKey: ReadonlyMap<string, CompiledDimension>
  readonly requiredCount: number
  readonly overall: OverallScoring | undefined
}

export type KeyInput = ScoringKey | CompiledKey

/** How the reported numbers relate to the items: all answered, missing imputed, or answered items only. */
export type ScoreBasis = 'all' | 'prorated' | 'answered'

/** What a dimension's score and the overall score share: the counts, and the numbers (null when withheld). */
export interface ScoreBase {
  answered: number
  total: number
  withheld: boolean
  /** Null when withheld, and always null for tally dimensions. */
  basis: ScoreBasis | null
  raw: number | null
  weightedMin: number | null
  weightedMax: number | null
  mean: number | null
  percent: number | null
  band?: Band
}

export interface DimensionScore extends ScoreBase {
  key: string
  label: string
  method: DimensionMethod
  tally?: Record<string, number>
  tallyWinners?: string[]
}

export interface OverallScore extends ScoreBase {
  method: NumericMethod
}

export interface ResponseScores {
  dimensions: Record<string, DimensionScore>
  /** Null when the key defines no overall score. */
  overall: OverallScore | null
}

export type ValidationReason =
  | 'unknown-question'
  | 'expected-integer'
  | 'out-of-range'
  | 'not-an-option'
  | 'expected-array'
  | 'duplicate-option'
  | 'expected-boolean'
  | 'expected-string'
  | 'too-long'
  | 'required'

export interface ValidationError {
  questionId: string
  reason: ValidationReason
}

export type ValidationResult = { ok: true; answers: Answers } | { ok: false; errors: ValidationError[] }

export interface ValidateOptions {
  /** Required questions only block a final submission, never a saved draft. */
  submit: boolean
}

export interface PossibleRange {
  min: number
  max: number
  /** True when every reachable score is an integer, so a gap between two integers is not a gap. */
  integer: boolean
}

export interface BandGap {
  min: number
  max: number
}

export interface BandOverlap {
  min: number
  max: number
  labels: [string, string]
}

export interface BandCoverage {
  ok: boolean
  gaps: BandGap[]
  overlaps: BandOverlap[]
  /** Labels of bands with non-finite bounds or min > max. */
  invalid: string[]
}

export interface BandAudit {
  /** The dimension's key, or null for the overall score. */
  dimension: string | null
  range: PossibleRange
  coverage: BandCoverage
}

export type AgreementClass = 'both-positive' | 'both-negative' | 'disagreement' | 'uncertain'

export interface ItemAgreement {
  questionId: string
  /** Null when either partner left the item unanswered. */
  agreement: AgreementClass | null
}

export interface PartnerDimensionResult {
  /** The dimension's method-specific score (sum → raw, mean → mean, percent → percent). */
  score: number | null
  percent: number | null
  band?: Band
  tallyWinners?: string[]
}

export interface CoupleDimension {
  key: string
  label: string
  method: DimensionMethod
  partnerA: PartnerDimensionResult
  partnerB: PartnerDimensionResult
  /** partnerA.score − partnerB.score. */
  difference: number | null
  /** |percentA − percentB|: comparable across dimensions whatever their method. */
  percentGap: number | null
  items: ItemAgreement[]
  counts: Record<AgreementClass, number>
  /** Percentage of the compared items both partners answered positively; null without items. */
  pca: number | null
}

export interface CoupleComparison {
  dimensions: Record<string, CoupleDimension>
  strengths: string[]
  growthAreas: string[]
}

export interface ItemStatistic {
  questionId: string
  /** Mean of the reverse-keyed item value over the responses answering it. */
  mean: number | null
  correctedItemTotal: number | null
  suspectMiskeyed: boolean
}

export interface DimensionStatistics {
  key: string
  label: string
  /** Responses with a (non-withheld) score. */
  scored: number
  withheld: number
  meanPercent: number | null
  sdPercent: number | null
  bandDistribution: Record<string, number>
  /** Scored responses whose score fell in no band. */
  unbanded: number
  /** Responses answering every item of the dimension; α and r use only these. */
  completeCases: number
  alpha: number | null
  items: ItemStatistic[]
}

export interface ItemStatisticsReport {
  n: number
  dimensions: Record<string, DimensionStatistics>
}
