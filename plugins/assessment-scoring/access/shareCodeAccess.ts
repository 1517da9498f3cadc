import type { Access } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

/**
 * Who reaches a share code: admins every one; a counselor only their own (read, label, expiry, revoke) and
 * new ones for themself. Respondents never read codes: the grant endpoints resolve one under system rights
 * and tell them the counselor's name only.
 */
export const shareCodeAccess = (options: SanitizedAssessmentScoringConfig) => {
  const own: Access = ({ req: { user } }) => {
    if (options.isAdmin(user)) return true
    if (user?.collection !== options.staffSlug || !options.isCounselor(user)) return false
    return { counselor: { equals: user.id } }
  }
  const create: Access = ({ req: { user } }) =>
    user?.collection === options.staffSlug && options.isCounselor(user)
  const delete_: Access = ({ req: { user } }) => options.isAdmin(user)
  return { create, delete: delete_, read: own, update: own }
}
