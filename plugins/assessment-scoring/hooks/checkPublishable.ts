import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'
import type { AssessmentData } from '../core/buildKey.js'

import { checkKey } from '../core/checkKey.js'
import { readKey } from '../operations/readKey.js'

/**
 * Refuses to publish an assessment whose key cannot score every respondent unambiguously, with
 * an error on each field at fault so the admin shows it there. Drafts may be incomplete.
 */
export const checkPublishable =
  (options: SanitizedAssessmentScoringConfig): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const status = data._status ?? originalDoc?._status
    if (status !== 'published') return data
    const assessment = { ...originalDoc, ...data } as AssessmentData
    const loaded = await readKey(req, options, assessment)
    const errors = checkKey(assessment, loaded.key, loaded.questions, loaded.missingQuestions)
    if (errors.length > 0)
      throw new ValidationError({ collection: collection.slug, errors, id: originalDoc?.id, req })
    return data
  }
