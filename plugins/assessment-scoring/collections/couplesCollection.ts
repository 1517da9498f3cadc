import type { CollectionConfig } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { pluginSlugs } from '../defaults.js'
import { adminsOnly, hiddenFromNonAdmins } from './adminOnly.js'
import { coupleEndpoints } from '../endpoints/coupleEndpoints.js'

/**
 * Two partners' responses to one version, paired by an invitation, with each partner's consent
 * to the couple report. Partners reach it through its endpoints; only admins read it directly.
 */
export const couplesCollection = (options: SanitizedAssessmentScoringConfig): CollectionConfig => {
  const admins = adminsOnly(options)
  return {
    slug: pluginSlugs.couples,
    access: { create: () => false, delete: admins, read: admins, update: () => false },
    admin: {
      defaultColumns: ['assessment', 'version', 'status', 'createdAt'],
      group: 'Assessments',
      hidden: hiddenFromNonAdmins(options),
    },
    endpoints: coupleEndpoints(options),
    fields: [
      { name: 'assessment', type: 'relationship', index: true, relationTo: options.assessmentsSlug },
      { name: 'key', type: 'relationship', relationTo: pluginSlugs.keys, required: true },
      { name: 'version', type: 'number', required: true },
      {
        name: 'status',
        type: 'select',
        defaultValue: 'inviting',
        index: true,
        options: [
          { label: 'Inviting', value: 'inviting' },
          { label: 'Paired', value: 'paired' },
          { label: 'Dissolved', value: 'dissolved' },
        ],
        required: true,
      },
      { name: 'partnerA', type: 'relationship', index: true, relationTo: pluginSlugs.responses },
      { name: 'partnerB', type: 'relationship', index: true, relationTo: pluginSlugs.responses },
      { name: 'consentA', type: 'checkbox', defaultValue: false },
      { name: 'consentB', type: 'checkbox', defaultValue: false },
      // SHA-256 of the single-use invitation code.
      { name: 'invitationHash', type: 'text', hidden: true, index: true },
      { name: 'invitationExpiresAt', type: 'date' },
    ],
    timestamps: true,
  }
}
