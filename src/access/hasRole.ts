import type { Access } from 'payload'

import type { StaffRole } from './roles.js'

import { userHasRole } from './userHasRole.js'

/** Access granted to staff holding one of `roles` (admins always). */
export const hasRole =
  (...roles: StaffRole[]): Access =>
  ({ req: { user } }) =>
    userHasRole(user, roles)
