import type { GlobalConfig } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { pluginSlugs } from '../defaults.js'
import { settingsChanged } from '../operations/readSettings.js'

const oneTermPerLine =
  'One word or phrase per line. Matching ignores case and accents and takes whole words only.'

/** Word lists and the pre-moderation switch, edited in the admin panel by those `canManageBans` allows. */
export const settingsGlobal = (options: SanitizedCommentModerationConfig): GlobalConfig => ({
  slug: pluginSlugs.settings,
  access: {
    read: ({ req: { user } }) => options.canManageBans(user),
    update: ({ req: { user } }) => options.canManageBans(user),
  },
  admin: { group: 'Community' },
  hooks: {
    // Every process keeps a copy between comments (operations/readSettings.ts): the next comment obeys the change.
    afterChange: [
      async ({ doc, req }) => {
        await settingsChanged(req.payload, options)
        return doc
      },
    ],
  },
  fields: [
    {
      name: 'preModeration',
      type: 'checkbox',
      admin: { description: 'Hold every comment for review, whatever the other checks say.' },
      defaultValue: false,
    },
    {
      name: 'blockedWords',
      type: 'textarea',
      admin: { description: `Comments containing these are rejected. ${oneTermPerLine}` },
    },
    {
      name: 'heldWords',
      type: 'textarea',
      admin: { description: `Comments containing these wait for review. ${oneTermPerLine}` },
    },
  ],
  label: 'Moderation settings',
})
