import type { Access, PayloadRequest, Where } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { callerOf } from './callerOf.js'
import { respondentWhere } from './respondentWhere.js'

/** The grants on the responses the caller answered: `respondentWhere`, one relationship away. */
const onOwnResponses = (options: SanitizedAssessmentScoringConfig, req: PayloadRequest): false | Where => {
  const mine = respondentWhere(options, callerOf(req, options))
  if (!mine) return false
  const prefixed = (mine.or ?? []).map((where) =>
    Object.fromEntries(Object.entries(where).map(([path, condition]) => [`response.${path}`, condition])),
  )
  return { or: prefixed }
}

/**
 * Who reaches a grant: admins; the counselor it names while it is live; the respondent of its
 * response, who may also revoke it (`update`; only `revokedAt` is theirs to change). Grants are
 * made through the grant endpoint, which checks that the counselor is one.
 */
export const grantAccess = (options: SanitizedAssessmentScoringConfig) => {
  const read: Access = ({ req }) => {
    const user = req.user
    if (options.isAdmin(user)) return true
    const counselor: false | Where =
      user?.collection === options.staffSlug && options.isCounselor(user)
        ? { and: [{ counselor: { equals: user.id } }, { revokedAt: { exists: false } }] }
        : false
    const respondent = onOwnResponses(options, req)
    const or = [counselor, respondent].filter((where): where is Where => where !== false)
    return or.length === 0 ? false : { or }
  }
  const revoke: Access = ({ req }) => options.isAdmin(req.user) || onOwnResponses(options, req)
  return { read, update: revoke }
}
