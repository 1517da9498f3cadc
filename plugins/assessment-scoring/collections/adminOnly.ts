import type { CollectionAdminOptions, TypedUser } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

/** Access for admins only (`options.isAdmin`), for the collections only admins reach directly. */
export const adminsOnly =
  (options: SanitizedAssessmentScoringConfig) =>
  ({ req: { user } }: { req: { user: null | TypedUser | undefined } }): boolean =>
    options.isAdmin(user)

/** Keeps a collection out of the admin panel's navigation for everyone but admins. */
export const hiddenFromNonAdmins =
  (options: SanitizedAssessmentScoringConfig): NonNullable<CollectionAdminOptions['hidden']> =>
  ({ user }) =>
    !options.isAdmin(user as never)
