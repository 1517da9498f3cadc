import type { PayloadRequest } from 'payload'

import type { Caller, SanitizedAssessmentScoringConfig } from '../types.js'
import type { CoupleDoc } from './readCouple.js'
import type { FrozenKey } from '../core/FrozenKey.js'
import type { ResponseDoc } from '../core/ResponseDoc.js'

import { pluginSlugs } from '../defaults.js'
import { refID } from '../core/refID.js'
import { currentVersion } from './currentVersion.js'
import { hashSecret } from './hashSecret.js'
import { ownsResponse } from './ownsResponse.js'
import { readFrozenKey } from './readFrozenKey.js'
import { firstDoc } from './firstDoc.js'
import { asSystem } from './asSystem.js'
import { ScoringRefusal } from '../ScoringRefusal.js'

const invalid = () => new ScoringRefusal('invitationInvalid', { field: 'invitation' })

/**
 * The couple an invitation code opens and the version the partner answers: the one the inviter
 * answered, whatever was published since, so both answer the same questions. A 400 on the
 * `invitation` field when the code is unknown, used, expired, or for another assessment.
 */
export const invitedVersion = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  caller: Caller,
  slug: string,
  code: string,
): Promise<{ couple: CoupleDoc; frozen: FrozenKey }> => {
  // Looked up by its hash: the database compares digests of a 256-bit secret, which leak nothing useful.
  // The couple must be of the published assessment with this slug, the one `currentVersion` answers.
  const couple = await firstDoc<CoupleDoc>({
    // System rights: the invitee is in no couple yet; the code itself is their proof.
    ...asSystem(req),
    collection: pluginSlugs.couples,
    where: {
      and: [
        { invitationHash: { equals: hashSecret(code) } },
        { status: { equals: 'inviting' } },
        { invitationExpiresAt: { greater_than: new Date().toISOString() } },
        { 'assessment.slug': { equals: slug } },
        { 'assessment._status': { equals: 'published' } },
      ],
    },
  })
  if (!couple) {
    // An assessment that is not published answers 404 whatever the code, as before any code is read.
    await currentVersion(req, slug)
    throw invalid()
  }
  const frozen = await readFrozenKey(req, refID(couple.key))
  if (!frozen) throw invalid()
  // Only the respondent is needed, to refuse the inviter their own code.
  const inviter = couple.partnerA
    ? await firstDoc<Pick<ResponseDoc, 'respondent'>>({
        // System rights: the invitee may not read the inviter's response; only its account is compared.
        ...asSystem(req),
        collection: pluginSlugs.responses,
        select: { respondent: true },
        where: { id: { equals: refID(couple.partnerA) } },
      })
    : undefined
  if (!inviter) throw invalid()
  if (ownsResponse(options, caller.user, inviter))
    throw new ScoringRefusal('ownInvitation', { field: 'invitation' })
  return { couple, frozen }
}
