import type { Field } from 'payload'

import type { Reason } from '../core/index.js'
import type { SanitizedCommentModerationConfig } from '../types.js'

import { summarizeReasons } from '../core/index.js'

export const commentStatuses = ['approved', 'pending', 'spam', 'rejected', 'trash'] as const
export type CommentStatus = (typeof commentStatuses)[number]

/** The moderation state the plugin adds to each comment. Only moderators read the record. */
export const moderationFields = (options: SanitizedCommentModerationConfig): Field[] => {
  const moderatorsOnly = {
    read: ({ req: { user } }: { req: { user: Parameters<typeof options.isModerator>[0] } }) =>
      options.isModerator(user),
  }
  return [
    {
      name: 'status',
      type: 'select',
      admin: { position: 'sidebar' },
      defaultValue: 'pending',
      index: true,
      options: commentStatuses.map((value) => ({ label: value[0].toUpperCase() + value.slice(1), value })),
      required: true,
    },
    {
      name: 'moderation',
      type: 'group',
      access: moderatorsOnly,
      admin: { position: 'sidebar' },
      fields: [
        {
          // Derived on read, never stored: the queue's "why" column, with the terms that matched.
          name: 'summary',
          type: 'text',
          admin: { readOnly: true },
          hooks: {
            afterRead: [
              ({ siblingData }) => summarizeReasons((siblingData as { reasons?: Reason[] }).reasons),
            ],
          },
          label: 'Why',
          virtual: true,
        },
        {
          name: 'reasons',
          type: 'json',
          admin: {
            description: 'Why the pipeline decided as it did: reason codes and what they matched.',
            readOnly: true,
          },
        },
        {
          name: 'authorKey',
          type: 'text',
          // Keys for grouping and bans, not for people: the queue shows the record and bans by them.
          admin: {
            description: 'reader:<id> or email:<address>: whose comments count together.',
            hidden: true,
          },
          index: true,
        },
        { name: 'ipFingerprint', type: 'text', admin: { hidden: true }, index: true },
        { name: 'bodyHash', type: 'text', admin: { hidden: true }, index: true },
        {
          name: 'flagCount',
          type: 'number',
          admin: { readOnly: true },
          defaultValue: 0,
          index: true,
          label: 'Flags',
        },
      ],
    },
  ]
}
