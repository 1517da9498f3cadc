import type { PayloadRequest } from 'payload'

import type { Ref } from '../core/refID.js'

import { pluginSlugs } from '../defaults.js'
import { refID } from '../core/refID.js'
import { firstDoc } from './firstDoc.js'
import { asSystem } from './asSystem.js'

export type CoupleDoc = {
  assessment?: null | Ref
  consentA?: boolean | null
  consentB?: boolean | null
  id: number | string
  invitationExpiresAt?: null | string
  key: Ref
  partnerA?: null | Ref
  partnerB?: null | Ref
  status: 'dissolved' | 'inviting' | 'paired'
  version: number
}

/** A couple with everything but its invitation hash; undefined when there is none. */
export const readCouple = (req: PayloadRequest, id: Ref): Promise<CoupleDoc | undefined> =>
  firstDoc<CoupleDoc>({
    // System rights: a couple's state (who consented, who left) is not for partners to read directly; the
    // couple endpoints show each what they may see. Callers have proven they are partners first.
    ...asSystem(req),
    collection: pluginSlugs.couples,
    where: { id: { equals: refID(id) } },
  })
