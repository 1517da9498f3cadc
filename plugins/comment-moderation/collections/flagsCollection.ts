import type { CollectionConfig } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { pluginSlugs } from '../defaults.js'

export const flagReasons = ['spam', 'abuse', 'off-topic', 'other'] as const

/** Readers' flags on comments: one per comment and flagger (an account or a guest fingerprint). */
export const flagsCollection = (options: SanitizedCommentModerationConfig): CollectionConfig => ({
  slug: pluginSlugs.flags,
  access: {
    create: () => false,
    delete: ({ req: { user } }) => options.isModerator(user),
    read: ({ req: { user } }) => options.isModerator(user),
    update: () => false,
  },
  admin: { defaultColumns: ['comment', 'reason', 'note', 'createdAt'], group: 'Community' },
  fields: [
    { name: 'comment', type: 'relationship', index: true, relationTo: options.commentsSlug, required: true },
    { name: 'reason', type: 'select', options: [...flagReasons], required: true },
    { name: 'note', type: 'textarea', maxLength: 500 },
    {
      name: 'flagger',
      type: 'text',
      admin: { description: 'reader:<id> or guest:<fingerprint>; never an IP address.', readOnly: true },
      required: true,
    },
  ],
  indexes: [{ fields: ['comment', 'flagger'], unique: true }],
})
