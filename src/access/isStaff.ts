import type { TypedUser } from 'payload'

import type { StaffRole } from './roles.js'

/** Staff sign in through this collection; readers have their own. The plugins are given it as `staffSlug`. */
export const staffSlug = 'users'

export type StaffUser = TypedUser & { collection: typeof staffSlug; roles?: StaffRole[] | null }

export const isStaff = (user: null | TypedUser | undefined): user is StaffUser =>
  Boolean(user && user.collection === staffSlug)
