import type { TypedUser } from 'payload'

import type { StaffRole } from './roles.js'

import { isStaff } from './isStaff.js'

/** True for a staff user holding one of `roles`, or `admin`, who holds every role. */
export const userHasRole = (user: null | TypedUser | undefined, roles: readonly StaffRole[]): boolean =>
  isStaff(user) && (user.roles ?? []).some((role) => role === 'admin' || roles.includes(role))
