import { timingSafeEqual } from 'node:crypto'

import type { ResponseDoc } from '../core/ResponseDoc.js'
import type { Caller, SanitizedAssessmentScoringConfig } from '../types.js'

import { ownsResponse } from '../operations/ownsResponse.js'
import { hashSecret } from '../operations/hashSecret.js'

/** Compares in constant time, so response times do not leak how much of a hash matched. */
const secretMatches = (secret: null | string, storedHash: null | string | undefined): boolean => {
  if (!secret || !storedHash || storedHash.length !== 64) return false
  return timingSafeEqual(Buffer.from(hashSecret(secret), 'hex'), Buffer.from(storedHash, 'hex'))
}

/**
 * `respondentWhere` for one document already read with its token hash: whether the caller answered
 * it. Payload does not let a caller's own query name a hidden field, so this is how a read that
 * the collection's access allowed (a grant allows one) is narrowed to the respondent.
 */
export const isRespondent = (
  options: SanitizedAssessmentScoringConfig,
  { token, user }: Pick<Caller, 'token' | 'user'>,
  response: Pick<ResponseDoc, 'respondent' | 'tokenHash'>,
): boolean => ownsResponse(options, user, response) || secretMatches(token, response.tokenHash)
