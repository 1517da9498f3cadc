import type { CollectionConfig } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { hashKey } from '../core/index.js'
import { pluginSlugs } from '../defaults.js'
import { rejectPendingOfBanned } from '../hooks/rejectPendingOfBanned.js'

/**
 * Bans (no expiry) and suspensions (with one) on a reader account, an email
 * address or an IP fingerprint. Managed in the admin panel by those `canManageBans` allows.
 */
export const bansCollection = (options: SanitizedCommentModerationConfig): CollectionConfig => {
  const managers = ({ req: { user } }: { req: { user: Parameters<typeof options.canManageBans>[0] } }) =>
    options.canManageBans(user)
  return {
    slug: pluginSlugs.bans,
    access: { create: managers, delete: managers, read: managers, update: managers },
    admin: { defaultColumns: ['target', 'reason', 'expiresAt', 'createdAt'], group: 'Community' },
    fields: [
      {
        name: 'target',
        type: 'select',
        options: [
          { label: 'Reader account', value: 'account' },
          { label: 'Email address', value: 'email' },
          { label: 'IP fingerprint', value: 'ip' },
        ],
        required: true,
      },
      {
        name: 'reader',
        type: 'relationship',
        admin: { condition: (data) => data?.target === 'account' },
        index: true,
        relationTo: options.readersSlug,
      },
      {
        name: 'email',
        type: 'email',
        admin: { condition: (data) => data?.target === 'email' },
        hooks: { beforeChange: [({ value }) => (typeof value === 'string' ? value.toLowerCase() : value)] },
        index: true,
      },
      {
        // What an email ban matches on, so it keeps working after the person's data is erased.
        name: 'emailHash',
        type: 'text',
        admin: {
          condition: (data) => data?.target === 'email',
          description: 'A keyed hash of the email: all that is left of it once the person is erased.',
          readOnly: true,
        },
        hooks: {
          beforeChange: [
            ({ req, siblingData, value }) =>
              typeof siblingData.email === 'string' && siblingData.email
                ? hashKey(req.payload.secret, `email:${siblingData.email}`)
                : value,
          ],
        },
        index: true,
      },
      {
        name: 'ipFingerprint',
        type: 'text',
        admin: {
          condition: (data) => data?.target === 'ip',
          description: 'Copy it from the comment’s moderation record: IP addresses are never stored.',
        },
        index: true,
      },
      { name: 'reason', type: 'textarea', maxLength: 500, required: true },
      {
        name: 'expiresAt',
        type: 'date',
        admin: { description: 'Empty: a ban. A date: a suspension that ends then.' },
        index: true,
      },
      {
        name: 'rejectPending',
        type: 'checkbox',
        admin: { description: 'Also reject every pending comment of this commenter.' },
        defaultValue: false,
      },
      { name: 'createdBy', type: 'relationship', admin: { readOnly: true }, relationTo: options.staffSlug },
    ],
    hooks: { afterChange: [rejectPendingOfBanned(options)] },
  }
}
