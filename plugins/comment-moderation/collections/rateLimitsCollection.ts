import type { CollectionConfig } from 'payload'

import { pluginSlugs } from '../defaults.js'

/** The database-backed rate-limit store: when each commenter key last posted. Internal only. */
export const rateLimitsCollection = (): CollectionConfig => ({
  slug: pluginSlugs.rateLimits,
  access: { create: () => false, delete: () => false, read: () => false, update: () => false },
  admin: { hidden: true },
  fields: [
    { name: 'key', type: 'text', index: true, required: true, unique: true },
    { name: 'lastAt', type: 'date', index: true, required: true },
  ],
  timestamps: false,
})
