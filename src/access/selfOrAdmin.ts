import type { Access } from 'payload'

import { userHasRole } from './userHasRole.js'

/** Admins reach every account of the collection; anyone else only their own. */
export const selfOrAdmin =
  (collection: string): Access =>
  ({ req: { user } }) => {
    if (userHasRole(user, ['admin'])) return true
    if (user && user.collection === collection) return { id: { equals: user.id } }
    return false
  }
