import type { PayloadRequest, Where } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'
import type { FrozenKey } from '../core/FrozenKey.js'
import type { StatsSnapshot } from './readStatsSnapshot.js'

import { statisticsDue } from '../core/index.js'
import { pluginSlugs } from '../defaults.js'
import { asSystem } from './asSystem.js'
import { readStatsSnapshot } from './readStatsSnapshot.js'
import { statisticsOf } from '../core/statisticsOf.js'

export type PublishedSnapshot = StatsSnapshot & { asOf: string; dimensions: ReturnType<typeof statisticsOf> }

const submitted = (frozen: FrozenKey, ...more: Where[]): Where => ({
  and: [{ key: { equals: frozen.id } }, { status: { equals: 'submitted' } }, ...more],
})

const published = (doc: StatsSnapshot | undefined): PublishedSnapshot | undefined =>
  doc?.asOf && doc.dimensions ? (doc as PublishedSnapshot) : undefined

/**
 * The statistics counselors see of a version: its last snapshot, computed again only when
 * `statisticsDue` says so (at least `minimumStatisticsN` responses submitted after it, from as
 * many distinct clients). Every read between refreshes gets the same numbers, so watching them
 * change never isolates one respondent. Erasures never trigger a refresh, and an erased response
 * stays inside the published aggregate until the next one. `pending` is the number of submitted
 * responses while nothing is published yet.
 */
export const publishedStatistics = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  frozen: FrozenKey,
): Promise<{ pending: number; snapshot?: PublishedSnapshot }> => {
  const doc = await readStatsSnapshot(req, frozen.id)
  const last = published(doc)
  const newClients = doc?.newClients?.length ?? 0
  const asOf = new Date().toISOString()
  const since: Where[] = last ? [{ submittedAt: { greater_than: last.asOf } }] : []
  // System rights: a count of new submissions, compared with the threshold; no answer leaves here.
  const { totalDocs: added } = await req.payload.count({
    ...asSystem(req),
    collection: pluginSlugs.responses,
    where: submitted(frozen, ...since, { submittedAt: { less_than_equal: asOf } }),
  })
  const minimumN = options.minimumStatisticsN
  const notYet = { pending: last ? 0 : added, snapshot: last }
  if (added < minimumN || (last && newClients < minimumN)) return notYet
  // System rights: every submitted answer goes into the aggregate; none is returned as such.
  const { docs } = await req.payload.find({
    ...asSystem(req),
    collection: pluginSlugs.responses,
    depth: 0,
    pagination: false,
    select: { answers: true, submittedAt: true },
    where: submitted(frozen, { submittedAt: { less_than_equal: asOf } }),
  })
  const rows = docs as unknown as { answers?: Record<string, unknown>; submittedAt: string }[]
  // Decided again on the rows themselves, so an erasure in between cannot shrink the step below k.
  const submittedAt = rows.map((row) => row.submittedAt)
  if (!statisticsDue({ lastAsOf: last?.asOf, minimumN, newClients, submittedAt })) return notYet
  const data = {
    asOf,
    dimensions: statisticsOf(
      frozen,
      rows.map((row) => row.answers ?? {}),
    ),
    key: frozen.id,
    n: rows.length,
    newClients: [],
  }
  if (!doc) {
    try {
      // System rights: only the plugin writes statistics documents.
      await req.payload.create({ ...asSystem(req), collection: pluginSlugs.statsSnapshots, data, depth: 0 })
    } catch (error) {
      // Another request created it at the same moment (one per version): that one stands.
      if (!(await readStatsSnapshot(req, frozen.id))) throw error
    }
  } else {
    // System rights: as above. Only if nothing refreshed it meanwhile, so no two refreshes
    // published a moment apart can be set side by side.
    const unchanged: Where = doc.asOf ? { asOf: { equals: doc.asOf } } : { asOf: { exists: false } }
    await req.payload.update({
      ...asSystem(req),
      collection: pluginSlugs.statsSnapshots,
      data,
      depth: 0,
      where: { and: [{ id: { equals: doc.id } }, unchanged] },
    })
  }
  return { pending: 0, snapshot: published(await readStatsSnapshot(req, frozen.id)) }
}
