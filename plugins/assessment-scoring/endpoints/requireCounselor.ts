import type { PayloadRequest } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { requireUser } from '../../../src/utilities/requireUser.js'
import { messages } from '../messages.js'

/** 401 for nobody signed in, 403 for a signed-in reader or staff member who is not a counselor. */
export const requireCounselor = (req: PayloadRequest, options: SanitizedAssessmentScoringConfig): void =>
  requireUser(req, options.isCounselor, messages.signInAsCounselor)
