import type { PayloadRequest } from 'payload'

import type { statisticsOf } from '../core/statisticsOf.js'

import { pluginSlugs } from '../defaults.js'
import { asSystem } from './asSystem.js'

export type StatsSnapshot = {
  /** Null until the first snapshot is published. */
  asOf?: null | string
  dimensions?: null | ReturnType<typeof statisticsOf>
  id: number | string
  n: number
  newClients?: null | string[]
}

/** The statistics document of a version (`statsSnapshotsCollection`), or undefined. */
export const readStatsSnapshot = async (
  req: PayloadRequest,
  keyID: string,
): Promise<StatsSnapshot | undefined> => {
  // System rights: snapshots have no API access at all; only the plugin reads them.
  const { docs } = await req.payload.find({
    ...asSystem(req),
    collection: pluginSlugs.statsSnapshots,
    depth: 0,
    limit: 1,
    pagination: false,
    where: { key: { equals: keyID } },
  })
  return docs[0] as unknown as StatsSnapshot | undefined
}
