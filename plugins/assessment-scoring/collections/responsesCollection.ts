import type { CollectionConfig } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { pluginSlugs } from '../defaults.js'
import { adminsOnly, hiddenFromNonAdmins } from './adminOnly.js'
import { responseEndpoints } from '../endpoints/responseEndpoints.js'
import { forgetErasedResponse } from '../hooks/forgetErasedResponse.js'
import { logGrantedRead } from '../hooks/logGrantedRead.js'
import { responseAccess } from '../access/responseAccess.js'

/**
 * Respondents' answers and frozen scores. Special-category data: admins, the respondent (account
 * or token) and a counselor they granted access read it, through any API (`responseAccess`);
 * granted reads are logged. Only the response endpoints write answers and scores.
 */
export const responsesCollection = (options: SanitizedAssessmentScoringConfig): CollectionConfig => {
  const admins = adminsOnly(options)
  return {
    slug: pluginSlugs.responses,
    // Create closed to every API: only the response endpoints create, with system rights (startResponse).
    access: { ...responseAccess(options), create: () => false, update: admins },
    admin: {
      defaultColumns: ['assessment', 'version', 'status', 'submittedAt'],
      group: 'Assessments',
      hidden: hiddenFromNonAdmins(options),
    },
    defaultSort: '-createdAt',
    endpoints: responseEndpoints(options),
    fields: [
      { name: 'assessment', type: 'relationship', index: true, relationTo: options.assessmentsSlug },
      {
        name: 'key',
        type: 'relationship',
        admin: { description: 'The frozen version answered; the result never changes with later edits.' },
        index: true,
        relationTo: pluginSlugs.keys,
        required: true,
      },
      { name: 'version', type: 'number', required: true },
      {
        name: 'respondent',
        type: 'relationship',
        // Which account answered is for the account itself and admins, not for a granted counselor.
        access: {
          read: ({ req: { user } }) => options.isAdmin(user) || user?.collection === options.readersSlug,
        },
        index: true,
        relationTo: options.readersSlug,
      },
      {
        name: 'status',
        type: 'select',
        defaultValue: 'draft',
        index: true,
        options: [
          { label: 'Draft', value: 'draft' },
          { label: 'Submitted', value: 'submitted' },
        ],
        required: true,
      },
      { name: 'answers', type: 'json' },
      { name: 'scores', type: 'json', admin: { description: 'Per dimension and overall, with the band.' } },
      { name: 'submittedAt', type: 'date', index: true },
      { name: 'couple', type: 'relationship', index: true, relationTo: pluginSlugs.couples },
      // SHA-256 of the respondent's secret token; `hidden` keeps it out of every API answer.
      { name: 'tokenHash', type: 'text', hidden: true },
    ],
    hooks: { afterRead: [logGrantedRead(options)], beforeDelete: [forgetErasedResponse] },
    timestamps: true,
  }
}
