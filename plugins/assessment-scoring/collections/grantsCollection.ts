import type { CollectionConfig, FieldHook } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { grantAccess } from '../access/grantAccess.js'
import { pluginSlugs } from '../defaults.js'

// Revoking is for good and happens now: the respondent's date is not taken (a grant's record cannot be
// backdated), and a revoked grant stays revoked (access is given again by a new grant, which keeps the history).
const stampRevocation: FieldHook = ({ originalDoc, value }) =>
  originalDoc?.revokedAt ?? (value ? new Date().toISOString() : value)

/**
 * A respondent's permission for one named counselor to read their response, until revoked.
 * Made through the response endpoints, by the counselor's share code (recorded in `code`) or id; the respondent lists and revokes their grants, a counselor
 * lists their live ones (`grantAccess`, for every API alike).
 */
export const grantsCollection = (options: SanitizedAssessmentScoringConfig): CollectionConfig => ({
  slug: pluginSlugs.grants,
  access: { ...grantAccess(options), create: () => false, delete: () => false },
  admin: { defaultColumns: ['response', 'counselor', 'createdAt', 'revokedAt'], group: 'Assessments' },
  labels: { plural: 'Counselor access', singular: 'Counselor access' },
  fields: [
    // Fixed once made: a respondent revokes a grant, never points it elsewhere.
    {
      name: 'response',
      type: 'relationship',
      access: { update: () => false },
      index: true,
      relationTo: pluginSlugs.responses,
    },
    {
      name: 'counselor',
      type: 'relationship',
      access: { update: () => false },
      index: true,
      relationTo: options.staffSlug,
    },
    {
      name: 'code',
      type: 'relationship',
      access: { update: () => false },
      admin: { description: 'The counselor’s share code the grant was made with, if any.', readOnly: true },
      index: true,
      relationTo: pluginSlugs.shareCodes,
    },
    { name: 'revokedAt', type: 'date', hooks: { beforeChange: [stampRevocation] }, index: true },
  ],
  timestamps: true,
})
