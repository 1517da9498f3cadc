import type { PayloadRequest } from 'payload'

import type { CoupleDoc } from './readCouple.js'

import { pluginSlugs } from '../defaults.js'
import { sideOf } from '../core/sideOf.js'
import { asSystem } from './asSystem.js'

/**
 * A partner leaves (or erases their response): the couple is dissolved and the leaver's place and
 * consent are emptied, so the report closes for both. The other partner keeps their link and their own
 * consent, and sees exactly what a withdrawn consent shows (`consentView`): nothing says why.
 */
export const dissolveCouple = async (
  req: PayloadRequest,
  couple: CoupleDoc,
  responseID: number | string,
  { responseExists }: { responseExists: boolean },
): Promise<void> => {
  const side = sideOf(couple, responseID)
  await req.payload.update({
    collection: pluginSlugs.couples,
    data: {
      invitationExpiresAt: null,
      invitationHash: null,
      status: 'dissolved',
      ...(side === 'A'
        ? { consentA: false, partnerA: null }
        : side === 'B'
          ? { consentB: false, partnerB: null }
          : {}),
    },
    id: couple.id,
    // System rights: couples are written only by the couple operations; partners never write a couple's
    // state directly.
    ...asSystem(req),
    select: { status: true },
  })
  if (responseExists)
    await req.payload.update({
      collection: pluginSlugs.responses,
      data: { couple: null },
      id: responseID,
      // System rights: a response's couple link is set only by the couple operations.
      ...asSystem(req),
      select: { status: true },
    })
}
