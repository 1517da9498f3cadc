import type { PayloadRequest } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'
import type { AssessmentData } from '../core/buildKey.js'

import { checkKey } from '../core/checkKey.js'
import { previewRanges } from '../core/previewRanges.js'
import { readKey } from './readKey.js'

/**
 * What publishing would say of an assessment as it stands in the editor: the possible score
 * range of each dimension and the overall score, how its bands cover it, and every problem.
 */
export const keyPreview = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  assessment: AssessmentData,
) => {
  const loaded = await readKey(req, options, assessment)
  return {
    problems: checkKey(assessment, loaded.key, loaded.questions, loaded.missingQuestions),
    ranges: previewRanges(loaded.key),
  }
}
