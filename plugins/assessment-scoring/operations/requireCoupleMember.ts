import type { PayloadRequest } from 'payload'

import type { Caller, SanitizedAssessmentScoringConfig } from '../types.js'
import type { CoupleDoc } from './readCouple.js'
import type { ResponseDoc } from '../core/ResponseDoc.js'

import { readCouple } from './readCouple.js'
import { readResponse } from './readResponse.js'
import { ownResponses } from './ownResponses.js'
import { refID } from '../core/refID.js'
import { ScoringRefusal } from '../ScoringRefusal.js'

export type CoupleMember = { couple: CoupleDoc; mine: ResponseDoc; theirs?: ResponseDoc }

/**
 * The couple, if the caller is one of its partners: by their reader account or their own
 * response's token. Anyone else gets the 404 a couple that does not exist gets.
 */
export const requireCoupleMember = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  caller: Caller,
  id: string,
): Promise<CoupleMember> => {
  const couple = await readCouple(req, id)
  const partners = couple
    ? [couple.partnerA, couple.partnerB].flatMap((ref) => (ref ? [refID(ref)] : []))
    : []
  const [mine] = await ownResponses(req, options, caller, partners)
  if (!couple || !mine) throw new ScoringRefusal('coupleNotFound')
  const other = partners.find((partner) => partner !== String(mine.id))
  // System rights: the report compares the partner's answers; the caller sees only the comparison.
  const theirs = other ? await readResponse(req, other) : undefined
  return { couple, mine, theirs }
}
