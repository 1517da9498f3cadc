import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { messages } from '../messages.js'

/** 401 for nobody signed in, 403 for a signed-in reader or staff member who is not a counselor. */
export const requireCounselor = (req: PayloadRequest, options: SanitizedAssessmentScoringConfig): void => {
  if (!req.user) throw new APIError(messages.signInAsCounselor, 401, undefined, true)
  if (!options.isCounselor(req.user)) throw new APIError(messages.signInAsCounselor, 403, undefined, true)
}
