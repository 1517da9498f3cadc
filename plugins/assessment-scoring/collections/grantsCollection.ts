import type { CollectionConfig, Where } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { pluginSlugs } from '../defaults.js'

/**
 * A respondent's permission for one named counselor to read their response, until revoked.
 * Made and revoked only through the response endpoints; a counselor lists their live grants.
 */
export const grantsCollection = (options: SanitizedAssessmentScoringConfig): CollectionConfig => ({
  slug: pluginSlugs.grants,
  access: {
    create: () => false,
    delete: () => false,
    read: ({ req: { user } }) => {
      if (options.isAdmin(user)) return true
      if (!user || !options.isCounselor(user)) return false
      const live: Where = { and: [{ counselor: { equals: user.id } }, { revokedAt: { exists: false } }] }
      return live
    },
    update: () => false,
  },
  admin: { defaultColumns: ['response', 'counselor', 'createdAt', 'revokedAt'], group: 'Assessments' },
  fields: [
    { name: 'response', type: 'relationship', index: true, relationTo: pluginSlugs.responses },
    { name: 'counselor', type: 'relationship', index: true, relationTo: options.staffSlug },
    { name: 'revokedAt', type: 'date', index: true },
  ],
  timestamps: true,
})
