import type { PayloadRequest } from 'payload'

import type { CoupleMember } from './coupleMember.js'

import { leaveCouple } from './leaveCouple.js'

/** A partner leaves their couple; the other partner is not told, and sees the report closed. */
export const leaveOwnCouple = async (req: PayloadRequest, { couple, mine }: CoupleMember) => {
  await leaveCouple(req, couple, mine.id, { responseExists: true })
  return { left: true }
}
