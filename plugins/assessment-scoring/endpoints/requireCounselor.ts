import type { PayloadRequest, TypedUser } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { requireUser } from '../../shared/requireUser.js'
import { messages } from '../messages.js'

/**
 * The signed-in counselor; 401 for nobody signed in, 403 for a signed-in reader or staff member
 * who is not a counselor.
 */
export const requireCounselor = (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
): TypedUser => {
  requireUser(req, options.isCounselor, messages.signInAsCounselor)
  return req.user as TypedUser
}
