import type { PayloadRequest } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'
import type { AssessmentData } from './buildKey.js'

import { checkKey } from './checkKey.js'
import { previewRanges } from './previewRanges.js'
import { loadKey } from './loadKey.js'

/**
 * What publishing would say of an assessment as it stands in the editor: the possible score
 * range of each dimension and the overall score, how its bands cover it, and every problem.
 */
export const keyPreview = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  assessment: AssessmentData,
) => {
  const loaded = await loadKey(req, options, assessment)
  return {
    problems: checkKey(assessment, loaded.key, loaded.questions, loaded.missingQuestions),
    ranges: previewRanges(loaded.key),
  }
}
