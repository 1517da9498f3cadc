import type { PayloadRequest } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'
import type { ResponseDoc } from '../core/ResponseDoc.js'

import { refID } from '../core/refID.js'

/** Whether the signed-in reader is the respondent (a reader needs no token for their own responses). */
export const ownsResponse = (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  response: Pick<ResponseDoc, 'respondent'>,
): boolean =>
  Boolean(
    req.user?.collection === options.readersSlug &&
    response.respondent &&
    refID(response.respondent) === String(req.user.id),
  )
