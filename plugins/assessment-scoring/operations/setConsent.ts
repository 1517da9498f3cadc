import type { PayloadRequest } from 'payload'

import type { ResponseDoc } from '../core/ResponseDoc.js'

import { pluginSlugs } from '../defaults.js'
import { readCouple } from './readCouple.js'
import { sideOf } from '../core/sideOf.js'
import { asSystem } from './asSystem.js'
import { ScoringRefusal } from '../ScoringRefusal.js'

/**
 * A partner agrees to share the couple report, or withdraws (which closes it for both at once).
 * On a couple the other partner has left it is recorded all the same (the report stays closed, since
 * the couple is dissolved), so neither this answer nor the consent a partner reads back
 * (`GET /couples/:id/consent`) tells them that the other one left rather than withdrew.
 */
export const setConsent = async (req: PayloadRequest, response: ResponseDoc, share: boolean) => {
  const couple = response.couple ? await readCouple(req, response.couple) : undefined
  if (!couple) throw new ScoringRefusal('notInCouple')
  const side = sideOf(couple, response.id)
  if (side)
    await req.payload.update({
      collection: pluginSlugs.couples,
      data: side === 'A' ? { consentA: share } : { consentB: share },
      id: couple.id,
      // System rights: a partner's consent is set only here; partners never write a couple's state directly.
      ...asSystem(req),
      select: { status: true },
    })
  return { couple: String(couple.id), share }
}
