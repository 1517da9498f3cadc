import type { CollectionConfig } from 'payload'

import { pluginSlugs } from '../defaults.js'

/**
 * The statistics of a version as last published to counselors, one document per version. It is
 * computed again only once `minimumStatisticsN` new responses from as many distinct clients were
 * submitted after `asOf`, so two snapshots a reader sees differ by at least that many responses.
 * Only the plugin reads and writes it: no API access, not in the admin.
 */
export const statsSnapshotsCollection = (): CollectionConfig => ({
  slug: pluginSlugs.statsSnapshots,
  access: { create: () => false, delete: () => false, read: () => false, update: () => false },
  admin: { hidden: true },
  labels: { plural: 'Statistics snapshots', singular: 'Statistics snapshot' },
  fields: [
    { name: 'key', type: 'relationship', relationTo: pluginSlugs.keys, required: true, unique: true },
    // Responses submitted up to this moment are in the snapshot; later ones count toward the next.
    // Empty until the first snapshot.
    { name: 'asOf', type: 'date' },
    { name: 'n', type: 'number', defaultValue: 0, required: true },
    { name: 'dimensions', type: 'json' },
    // Keyed hashes (per version) of the clients that submitted since `asOf`, up to the number a
    // refresh needs: which client submitted which response is not kept anywhere.
    { name: 'newClients', type: 'json' },
  ],
  graphQL: false,
  timestamps: true,
})
