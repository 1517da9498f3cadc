import type { Access, Where } from 'payload'

import { isStaff } from './isStaff.js'

/**
 * Staff read everything; everyone else reads only published documents whose
 * `publishedAt` has come, so scheduling needs no job to flip a flag.
 */
export const publishedAndDue: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  const due: Where = {
    and: [
      { _status: { equals: 'published' } },
      { publishedAt: { less_than_equal: new Date().toISOString() } },
    ],
  }
  return due
}
