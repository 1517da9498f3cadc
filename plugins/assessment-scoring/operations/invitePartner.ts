import type { PayloadRequest } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'
import type { ResponseDoc } from '../core/ResponseDoc.js'

import { pluginSlugs } from '../defaults.js'
import { refID } from '../core/refID.js'
import { readCouple } from './readCouple.js'
import { readFrozenKey } from './readFrozenKey.js'
import { hashSecret } from './hashSecret.js'
import { newSecret } from './newSecret.js'
import { withTransaction } from '@kindred/plugin-shared'
import { asSystem } from './asSystem.js'
import { ScoringRefusal } from '../ScoringRefusal.js'

/**
 * The respondent invites their partner to a couple assessment: a single-use code (returned
 * once, stored as its hash) with which the partner answers the same version on their own.
 * Asking again before the partner joins replaces the code; once paired, a response stays paired.
 */
export const invitePartner = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  response: ResponseDoc,
) => {
  const frozen = await readFrozenKey(req, refID(response.key))
  if (!frozen) throw new ScoringRefusal('responseNotFound')
  if (frozen.form.audience === 'individual') throw new ScoringRefusal('individualOnly')
  const code = newSecret()
  const invitation = {
    invitationExpiresAt: new Date(Date.now() + options.invitationHours * 3_600_000).toISOString(),
    invitationHash: hashSecret(code),
  }
  const existing = response.couple ? await readCouple(req, response.couple) : undefined
  if (existing && existing.status !== 'inviting') throw new ScoringRefusal('alreadyPaired')
  const couple = await withTransaction(req, async () => {
    if (existing)
      return req.payload.update({
        collection: pluginSlugs.couples,
        data: invitation,
        id: existing.id,
        // System rights: couples are written only by the couple operations.
        ...asSystem(req),
        select: { status: true },
      })
    const created = await req.payload.create({
      collection: pluginSlugs.couples,
      data: {
        ...invitation,
        assessment: frozen.assessment,
        key: frozen.id,
        partnerA: String(response.id),
        status: 'inviting',
        version: frozen.version,
      },
      // System rights: as above.
      ...asSystem(req),
      select: { status: true },
    })
    await req.payload.update({
      collection: pluginSlugs.responses,
      data: { couple: created.id },
      id: response.id,
      // System rights: a response's couple link is set only by the couple operations.
      ...asSystem(req),
      select: { status: true },
    })
    return created
  })
  return { code, couple: String(couple.id), expiresAt: invitation.invitationExpiresAt }
}
