import type { PayloadRequest, Where } from 'payload'

import { createHmac, randomUUID } from 'node:crypto'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { pluginSlugs } from '../defaults.js'
import { asSystem } from './asSystem.js'
import { readStatsSnapshot } from './readStatsSnapshot.js'

/**
 * Counts the client of a new submission toward the distinct clients a statistics refresh needs.
 * Only a keyed hash per version is kept, beside no response. Best effort in the safe direction: a
 * tag lost to a concurrent write (or to a refresh in between) only delays the next refresh. A
 * client the host cannot name counts as a client of its own.
 */
export const noteSubmission = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  keyID: string,
  submittedAt: string,
  client: string | undefined,
): Promise<void> => {
  const tag = client
    ? createHmac('sha256', req.payload.secret).update(`${keyID}\n${client}`).digest('hex').slice(0, 32)
    : randomUUID()
  const doc = await readStatsSnapshot(req, keyID)
  if (!doc) {
    // System rights: only the plugin writes statistics documents. A concurrent first write wins.
    await req.payload
      .create({
        ...asSystem(req),
        collection: pluginSlugs.statsSnapshots,
        data: { key: keyID, n: 0, newClients: [tag] },
      })
      .catch(() => undefined)
    return
  }
  const clients = doc.newClients ?? []
  // Already in the snapshot, already counted, or already enough to refresh: nothing to add.
  if (doc.asOf && Date.parse(submittedAt) <= Date.parse(doc.asOf)) return
  if (clients.includes(tag) || clients.length >= options.minimumStatisticsN) return
  const unchanged: Where = doc.asOf ? { asOf: { equals: doc.asOf } } : { asOf: { exists: false } }
  // System rights: as above; only if no refresh happened meanwhile, which starts a new count.
  await req.payload.update({
    ...asSystem(req),
    collection: pluginSlugs.statsSnapshots,
    data: { newClients: [...clients, tag] },
    where: { and: [{ id: { equals: doc.id } }, unchanged] },
  })
}
