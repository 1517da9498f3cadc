import type { ResponseDoc } from '../core/ResponseDoc.js'
import type { Caller, SanitizedAssessmentScoringConfig } from '../types.js'

import { refID } from '../core/refID.js'

/** Whether the signed-in reader is the respondent (a reader needs no token for their own responses). */
export const ownsResponse = (
  options: SanitizedAssessmentScoringConfig,
  user: Caller['user'],
  response: Pick<ResponseDoc, 'respondent'>,
): boolean =>
  Boolean(
    user?.collection === options.readersSlug &&
    response.respondent &&
    refID(response.respondent) === String(user.id),
  )
