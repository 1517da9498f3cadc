import type { Band, Dimension, DimensionMethod, MissingPolicy, Question, ScoringKey } from './types.js'
import type { Ref } from './refID.js'

import { isChoice } from '@kindred/plugin-shared/core'

type BandData = {
  conversationPrompts?: null | { prompt?: null | string }[]
  interpretation?: unknown
  label?: null | string
  max?: null | number
  min?: null | number
}

/** The fields of an assessment the key and the form are made from (a saved document or the admin's form state). */
export type AssessmentData = {
  audience?: null | string
  dimensions?:
    | null
    | {
        bands?: BandData[] | null
        description?: null | string
        key?: null | string
        label?: null | string
        method?: null | string
        minAnsweredFraction?: null | number
        missing?: null | string
      }[]
  instructions?: null | string
  intro?: unknown
  overall?: null | { bands?: BandData[] | null; method?: null | string }
  questions?: null | Ref[]
  slug?: null | string
  title?: null | string
}

/** A question bank document. */
export type QuestionDoc = {
  dimension?: null | string
  helpText?: null | string
  id: number | string
  options?: null | { category?: null | string; label?: null | string; value?: null | number }[]
  prompt?: null | string
  required?: boolean | null
  reverseKeyed?: boolean | null
  safety?: boolean | null
  scale?: null | {
    max?: null | number
    maxLabel?: null | string
    min?: null | number
    minLabel?: null | string
  }
  type?: null | string
  weight?: null | number
}

/** A scoring key as frozen with a version: the core's key plus what results show (descriptions). */
export type StoredKey = Omit<ScoringKey, 'dimensions'> & {
  dimensions: (Dimension & { description?: string })[]
}

/** What a respondent sees of one version: prompts, options, scales, help text. No scoring internals. */
export type RespondentForm = {
  audience: string
  instructions: string
  intro: unknown
  questions: {
    helpText?: string
    id: string
    options?: { label: string; value: number | string }[]
    /** A safety item: never shown to a partner in any form. */
    private?: true
    prompt: string
    required: boolean
    scale?: { max: number; maxLabel?: string; min: number; minLabel?: string }
    type: string
  }[]
  slug: string
  title: string
}

const band = (data: BandData): Band => ({
  conversationPrompts: (data.conversationPrompts ?? []).flatMap((row) => (row.prompt ? [row.prompt] : [])),
  interpretation: data.interpretation ?? null,
  label: data.label ?? '',
  max: data.max as number,
  min: data.min as number,
})

/**
 * The value an option is answered and scored by: its number on a scored item, its category (or
 * label) on a forced-choice tally item, and on an unscored item whichever it has.
 */
const optionValue = (
  option: NonNullable<QuestionDoc['options']>[number],
  tally: boolean,
): number | string => {
  const category = option.category?.trim() || (option.label ?? '')
  if (tally) return category
  return typeof option.value === 'number' ? option.value : category
}

/**
 * The scoring key and the respondent's form of an assessment, from its fields and its questions
 * in order. Draft data may be incomplete: whatever is missing is left for `validateKey` to name.
 */
export const buildKey = (
  assessment: AssessmentData,
  questions: readonly QuestionDoc[],
): { form: RespondentForm; key: StoredKey } => {
  const methods = new Map(
    (assessment.dimensions ?? []).map((dimension) => [dimension.key ?? '', dimension.method ?? '']),
  )
  const keyQuestions: Question[] = questions.map((doc) => {
    const type = (doc.type ?? 'likert') as Question['type']
    const dimension = doc.dimension?.trim() || undefined
    const tally = dimension !== undefined && methods.get(dimension) === 'tally'
    const question: Question = {
      id: String(doc.id),
      type,
      required: doc.required === true,
      reverseKeyed: doc.reverseKeyed === true,
      safety: doc.safety === true,
      weight: doc.weight ?? 1,
    }
    if (dimension !== undefined) question.dimension = dimension
    if (type === 'likert') question.scale = { max: doc.scale?.max as number, min: doc.scale?.min as number }
    if (isChoice(type))
      question.options = (doc.options ?? []).map((option) => ({
        label: option.label ?? '',
        value: optionValue(option, tally),
      }))
    return question
  })
  const dimensions: StoredKey['dimensions'] = (assessment.dimensions ?? []).map((dimension) => ({
    bands: (dimension.bands ?? []).map(band),
    description: dimension.description ?? '',
    key: dimension.key ?? '',
    label: dimension.label ?? '',
    method: dimension.method as DimensionMethod,
    minAnsweredFraction: dimension.minAnsweredFraction ?? 1,
    missing: (dimension.missing ?? 'withhold') as MissingPolicy,
  }))
  const key: StoredKey = { dimensions, questions: keyQuestions }
  if (assessment.overall?.method)
    key.overall = {
      bands: (assessment.overall.bands ?? []).map(band),
      method: assessment.overall.method as NonNullable<ScoringKey['overall']>['method'],
    }

  const form: RespondentForm = {
    audience: assessment.audience ?? 'either',
    instructions: assessment.instructions ?? '',
    intro: assessment.intro ?? null,
    questions: questions.map((doc, index) => {
      const scored = keyQuestions[index]
      const item: RespondentForm['questions'][number] = {
        id: scored.id,
        prompt: doc.prompt ?? '',
        required: scored.required === true,
        type: scored.type,
      }
      if (doc.helpText) item.helpText = doc.helpText
      if (scored.options) item.options = scored.options.map(({ label, value }) => ({ label, value }))
      if (scored.scale) {
        item.scale = { max: scored.scale.max, min: scored.scale.min }
        if (doc.scale?.minLabel) item.scale.minLabel = doc.scale.minLabel
        if (doc.scale?.maxLabel) item.scale.maxLabel = doc.scale.maxLabel
      }
      if (scored.safety) item.private = true
      return item
    }),
    slug: assessment.slug ?? '',
    title: assessment.title ?? '',
  }
  return { form, key }
}
