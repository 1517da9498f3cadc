import type { PayloadRequest } from 'payload'

import { pluginSlugs } from '../defaults.js'
import { refID } from './refID.js'

type Ref = number | string | { id: number | string }

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
export const loadCouple = async (req: PayloadRequest, id: Ref): Promise<CoupleDoc | undefined> => {
  const { docs } = await req.payload.find({
    collection: pluginSlugs.couples,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    where: { id: { equals: refID(id) } },
  })
  return docs[0] as unknown as CoupleDoc | undefined
}
