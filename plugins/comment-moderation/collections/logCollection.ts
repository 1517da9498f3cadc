import type { CollectionConfig } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { pluginSlugs } from '../defaults.js'

/** The audit log: every decision on a comment, who or which rule took it, and why. Append-only. */
export const logCollection = (options: SanitizedCommentModerationConfig): CollectionConfig => ({
  slug: pluginSlugs.log,
  access: {
    create: () => false,
    delete: () => false,
    read: ({ req: { user } }) => options.isModerator(user),
    update: () => false,
  },
  admin: { defaultColumns: ['action', 'comment', 'actor', 'toStatus', 'createdAt'], group: 'Community' },
  defaultSort: '-createdAt',
  fields: [
    { name: 'comment', type: 'relationship', index: true, relationTo: options.commentsSlug },
    { name: 'action', type: 'text', index: true, required: true },
    {
      name: 'actor',
      type: 'text',
      admin: { description: '“rule” for the pipeline, “staff:<id>”, “reader:<id>”, “guest” or “system”.' },
      required: true,
    },
    { name: 'staff', type: 'relationship', relationTo: options.staffSlug },
    { name: 'fromStatus', type: 'text' },
    { name: 'toStatus', type: 'text' },
    {
      name: 'changes',
      type: 'json',
      admin: {
        description:
          'Each field the change touched, before and after; what the commenter wrote or is known by only as changed.',
      },
    },
    { name: 'reasons', type: 'json', admin: { description: 'Reason codes and the details they matched.' } },
    { name: 'note', type: 'textarea' },
  ],
  timestamps: true,
})
