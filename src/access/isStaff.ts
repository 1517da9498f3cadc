import type { TypedUser } from 'payload'

import type { StaffRole } from './roles.js'

export type StaffUser = TypedUser & { collection: 'users'; roles?: StaffRole[] | null }

/** Staff sign in through the `users` collection; readers have their own auth collection. */
export const isStaff = (user: null | TypedUser | undefined): user is StaffUser =>
  Boolean(user && user.collection === 'users')
