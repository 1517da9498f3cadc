import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'
import type { CoupleDoc } from './loadCouple.js'
import type { ResponseDoc } from './loadResponse.js'

import { messages } from '../messages.js'
import { loadCouple } from './loadCouple.js'
import { loadResponse } from './loadResponse.js'
import { ownsResponse } from './ownsResponse.js'
import { refID } from './refID.js'
import { tokenOf } from './tokenOf.js'
import { secretMatches } from './secretMatches.js'

export type CoupleMember = { couple: CoupleDoc; mine: ResponseDoc; theirs?: ResponseDoc }

/**
 * The couple, if the caller is one of its partners: by their reader account or their own
 * response's token. Anyone else gets the 404 a couple that does not exist gets.
 */
export const coupleMember = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  id: string,
): Promise<CoupleMember> => {
  const couple = await loadCouple(req, id)
  if (couple) {
    const [a, b] = await Promise.all(
      [couple.partnerA, couple.partnerB].map((ref) => (ref ? loadResponse(req, refID(ref)) : undefined)),
    )
    const token = tokenOf(req)
    const isMine = (response: ResponseDoc | undefined): response is ResponseDoc =>
      Boolean(response && (ownsResponse(req, options, response) || secretMatches(token, response.tokenHash)))
    if (isMine(a)) return { couple, mine: a, theirs: b }
    if (isMine(b)) return { couple, mine: b, theirs: a }
  }
  throw new APIError(messages.coupleNotFound, 404, undefined, true)
}
