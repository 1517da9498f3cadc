import type { Ref } from './refID.js'

import { refID } from './refID.js'

/** Which partner a response is in its couple, or null when it is in it no longer. */
export const sideOf = (
  couple: { partnerA?: null | Ref; partnerB?: null | Ref },
  responseID: number | string,
): 'A' | 'B' | null => {
  if (couple.partnerA && refID(couple.partnerA) === String(responseID)) return 'A'
  if (couple.partnerB && refID(couple.partnerB) === String(responseID)) return 'B'
  return null
}
