import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'
import type { CoupleDoc } from './loadCouple.js'
import type { FrozenKey } from './frozenKey.js'

import { pluginSlugs } from '../defaults.js'
import { messages } from '../messages.js'
import { refID } from './refID.js'
import { currentVersion } from './currentVersion.js'
import { hashSecret } from './hashSecret.js'
import { loadResponse } from './loadResponse.js'
import { ownsResponse } from './ownsResponse.js'
import { frozenKey } from './frozenKey.js'
import { findFirst } from '../../../src/utilities/findFirst.js'

const invalid = () =>
  new APIError(
    messages.invitationInvalid,
    400,
    { errors: [{ message: messages.invitationInvalid, path: 'invitation' }] },
    true,
  )

/**
 * The couple an invitation code opens and the version the partner answers: the one the inviter
 * answered, whatever was published since, so both answer the same questions. A 400 on the
 * `invitation` field when the code is unknown, used, expired, or for another assessment.
 */
export const invitedVersion = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  slug: string,
  code: string,
): Promise<{ couple: CoupleDoc; frozen: FrozenKey }> => {
  const current = await currentVersion(req, options, slug)
  // Looked up by its hash: the database compares digests of a 256-bit secret, which leak nothing useful.
  const couple = await findFirst<CoupleDoc>(req, {
    collection: pluginSlugs.couples,
    where: {
      and: [
        { invitationHash: { equals: hashSecret(code) } },
        { status: { equals: 'inviting' } },
        { invitationExpiresAt: { greater_than: new Date().toISOString() } },
      ],
    },
  })
  if (!couple || !couple.assessment || refID(couple.assessment) !== current.assessment) throw invalid()
  const frozen = await frozenKey(req, refID(couple.key))
  if (!frozen) throw invalid()
  const inviter = couple.partnerA ? await loadResponse(req, options, refID(couple.partnerA)) : undefined
  if (!inviter) throw invalid()
  if (ownsResponse(req, options, inviter))
    throw new APIError(
      messages.ownInvitation,
      400,
      { errors: [{ message: messages.ownInvitation, path: 'invitation' }] },
      true,
    )
  return { couple, frozen }
}
