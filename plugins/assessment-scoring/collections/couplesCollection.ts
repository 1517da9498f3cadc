import type { CollectionConfig } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { pluginSlugs } from '../defaults.js'
import { coupleEndpoints } from '../endpoints/coupleEndpoints.js'

/**
 * Two partners' responses to one version, paired by an invitation, with each partner's consent
 * to the couple report. Partners reach it through its endpoints; only admins read it directly.
 */
export const couplesCollection = (options: SanitizedAssessmentScoringConfig): CollectionConfig => {
  const admins = ({ req: { user } }: { req: { user: Parameters<typeof options.isAdmin>[0] } }) =>
    options.isAdmin(user)
  return {
    slug: pluginSlugs.couples,
    access: { create: () => false, delete: admins, read: admins, update: () => false },
    admin: {
      defaultColumns: ['assessment', 'version', 'status', 'createdAt'],
      group: 'Assessments',
      hidden: ({ user }) => !options.isAdmin(user as never),
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
