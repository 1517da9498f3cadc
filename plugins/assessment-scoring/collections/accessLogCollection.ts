import type { CollectionConfig } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { pluginSlugs } from '../defaults.js'
import { adminsOnly } from './adminOnly.js'

/**
 * Every read of a response through a counselor's grant (who, through which grant, what, when),
 * and every read of an assessment version's statistics. Append-only. It names the response by id
 * only (text, not a relationship), so the record of who read survives the response's erasure
 * without holding any of its answers.
 */
export const accessLogCollection = (options: SanitizedAssessmentScoringConfig): CollectionConfig => ({
  slug: pluginSlugs.accessLog,
  access: {
    create: () => false,
    delete: () => false,
    read: adminsOnly(options),
    update: () => false,
  },
  admin: { defaultColumns: ['action', 'response', 'counselor', 'createdAt'], group: 'System' },
  labels: { plural: 'Access log', singular: 'Access log entry' },
  defaultSort: '-createdAt',
  fields: [
    // A response read: which response, through which grant.
    { name: 'response', type: 'text', index: true },
    { name: 'grant', type: 'text', index: true },
    // A statistics read: which assessment, which version.
    { name: 'assessment', type: 'text', index: true },
    { name: 'version', type: 'number' },
    { name: 'counselor', type: 'relationship', relationTo: options.staffSlug },
    {
      name: 'action',
      type: 'select',
      options: ['read-response', 'read-result', 'read-stats'],
      required: true,
    },
  ],
  timestamps: true,
})
