import type { ResponseDoc } from '../core/ResponseDoc.js'
import type { Caller, SanitizedAssessmentScoringConfig } from '../types.js'

import { ownsResponse } from '../operations/ownsResponse.js'
import { secretMatches } from '../operations/secretMatches.js'

/**
 * `respondentWhere` for one document already read with its token hash: whether the caller answered
 * it. Payload does not let a caller's own query name a hidden field, so this is how a read that
 * the collection's access allowed (a grant allows one) is narrowed to the respondent.
 */
export const isRespondent = (
  options: SanitizedAssessmentScoringConfig,
  { token, user }: Pick<Caller, 'token' | 'user'>,
  response: Pick<ResponseDoc, 'respondent' | 'tokenHash'>,
): boolean => ownsResponse(options, user, response) || secretMatches(token, response.tokenHash)
