import type { Where } from 'payload'

import type { Caller, SanitizedAssessmentScoringConfig } from '../types.js'

import { hashSecret } from '../operations/hashSecret.js'

/**
 * The responses the caller answered: those of their reader account, and the one whose token they
 * carry (found by its hash: the database compares digests of a 256-bit secret, which leak nothing
 * useful). False when the caller has neither.
 */
export const respondentWhere = (
  options: SanitizedAssessmentScoringConfig,
  { token, user }: Pick<Caller, 'token' | 'user'>,
): false | Where => {
  const or: Where[] = []
  if (user?.collection === options.readersSlug) or.push({ respondent: { equals: user.id } })
  if (token) or.push({ tokenHash: { equals: hashSecret(token) } })
  return or.length === 0 ? false : { or }
}
