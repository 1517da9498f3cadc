import type { Access, Where } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { grantedWhere } from './grantedWhere.js'
import { callerOf } from './callerOf.js'
import { respondentWhere } from './respondentWhere.js'

const anyOf = (...wheres: (false | Where)[]): false | Where => {
  const or = wheres.filter((where): where is Where => where !== false)
  return or.length === 0 ? false : { or }
}

/**
 * Who reaches a response, through every API alike: admins; its respondent (their account or its
 * token); a counselor while the respondent's grant lasts (each such read is logged by
 * `logGrantedRead`). Its answers change only through the response endpoints, which check and score
 * them, so `update` is not here; a respondent may erase their own response.
 */
export const responseAccess = (options: SanitizedAssessmentScoringConfig) => {
  const read: Access = async ({ req }) =>
    options.isAdmin(req.user) ||
    anyOf(respondentWhere(options, callerOf(req, options)), await grantedWhere(options, req))
  const erase: Access = ({ req }) =>
    options.isAdmin(req.user) || respondentWhere(options, callerOf(req, options))
  return { delete: erase, read }
}
