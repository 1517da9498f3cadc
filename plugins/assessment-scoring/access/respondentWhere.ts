import type { PayloadRequest, Where } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { hashSecret } from '../operations/hashSecret.js'
import { tokenOf } from '../operations/tokenOf.js'

/**
 * The responses the caller answered: those of their reader account, and the one whose token they
 * carry (found by its hash: the database compares digests of a 256-bit secret, which leak nothing
 * useful). False when the caller has neither.
 */
export const respondentWhere = (
  options: SanitizedAssessmentScoringConfig,
  req: PayloadRequest,
): false | Where => {
  const or: Where[] = []
  if (req.user?.collection === options.readersSlug) or.push({ respondent: { equals: req.user.id } })
  const token = tokenOf(req)
  if (token) or.push({ tokenHash: { equals: hashSecret(token) } })
  return or.length === 0 ? false : { or }
}
