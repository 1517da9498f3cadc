import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'
import type { CoupleDoc } from './loadCouple.js'
import type { ResponseDoc } from './loadResponse.js'

import { messages } from '../messages.js'
import { loadCouple } from './loadCouple.js'
import { loadResponse } from './loadResponse.js'
import { ownResponses } from './ownResponses.js'
import { refID } from './refID.js'

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
  const partners = couple
    ? [couple.partnerA, couple.partnerB].flatMap((ref) => (ref ? [refID(ref)] : []))
    : []
  const [mine] = await ownResponses(req, options, partners)
  if (!couple || !mine) throw new APIError(messages.coupleNotFound, 404, undefined, true)
  const other = partners.find((partner) => partner !== String(mine.id))
  // System rights: the report compares the partner's answers; the caller sees only the comparison.
  const theirs = other ? await loadResponse(req, other) : undefined
  return { couple, mine, theirs }
}
