import type { TypedUser } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { ScoringRefusal } from '../ScoringRefusal.js'

/**
 * The signed-in counselor; 401 for nobody signed in, 403 for a signed-in reader or staff member
 * who is not a counselor.
 */
export const requireCounselor = (
  user: null | TypedUser | undefined,
  options: SanitizedAssessmentScoringConfig,
): TypedUser => {
  if (!user) throw new ScoringRefusal('notSignedIn')
  if (!options.isCounselor(user)) throw new ScoringRefusal('counselorsOnly')
  return user
}
