import type { CollectionConfig } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { pluginSlugs } from '../defaults.js'

/**
 * Every published version of an assessment, frozen: its scoring key and the form respondents
 * saw. Written only by the publish hook and never changed, so a result computed from it today
 * is the result computed from it in five years. Staff see versions in the admin; nobody edits.
 */
export const keysCollection = (options: SanitizedAssessmentScoringConfig): CollectionConfig => ({
  slug: pluginSlugs.keys,
  access: {
    create: () => false,
    delete: () => false,
    read: ({ req: { user } }) => options.isCounselor(user),
    update: () => false,
  },
  admin: {
    defaultColumns: ['assessment', 'version', 'createdAt'],
    description:
      'Published versions, frozen when published. Results always use the version they were answered on.',
    group: 'Assessments',
  },
  labels: { plural: 'Scoring versions', singular: 'Scoring version' },
  defaultSort: '-createdAt',
  fields: [
    { name: 'assessment', type: 'relationship', index: true, relationTo: options.assessmentsSlug },
    { name: 'version', type: 'number', required: true },
    { name: 'hash', type: 'text', admin: { hidden: true } },
    { name: 'key', type: 'json', required: true },
    { name: 'form', type: 'json', required: true },
  ],
  indexes: [{ fields: ['assessment', 'version'], unique: true }],
  timestamps: true,
})
