import type { Ref } from './refID.js'

import { sideOf } from './sideOf.js'

type CoupleConsents = {
  consentA?: boolean | null
  consentB?: boolean | null
  id: number | string
  partnerA?: null | Ref
  partnerB?: null | Ref
}

/**
 * Who has agreed to share the couple report, from one member's side. A partner who left counts as not
 * agreeing (leaving drops both consents), so this reads the same after a leave as after a withdrawal.
 */
export const consentView = (couple: CoupleConsents, memberID: number | string) => {
  const side = sideOf(couple, memberID)
  const a = couple.consentA === true
  const b = couple.consentB === true
  const [mine, partner] = side === 'A' ? [a, b] : side === 'B' ? [b, a] : [false, false]
  return { consent: { mine, partner }, couple: String(couple.id) }
}
