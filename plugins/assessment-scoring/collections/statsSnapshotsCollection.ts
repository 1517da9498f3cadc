import type { CollectionConfig } from 'payload'

import { pluginSlugs } from '../defaults.js'

/**
 * The statistics of a version as last published to counselors, one document per version. It is
 * computed again only once `minimumStatisticsN` new responses were submitted after `asOf`, so two
 * snapshots a reader sees differ by at least that many responses. Only the statistics endpoint
 * reads and writes it: no API access, not in the admin.
 */
export const statsSnapshotsCollection = (): CollectionConfig => ({
  slug: pluginSlugs.statsSnapshots,
  access: { create: () => false, delete: () => false, read: () => false, update: () => false },
  admin: { hidden: true },
  fields: [
    { name: 'key', type: 'relationship', relationTo: pluginSlugs.keys, required: true, unique: true },
    { name: 'n', type: 'number', required: true },
    // Responses submitted up to this moment are in the snapshot; later ones count toward the next.
    { name: 'asOf', type: 'date', required: true },
    { name: 'dimensions', type: 'json', required: true },
  ],
  graphQL: false,
  timestamps: true,
})
