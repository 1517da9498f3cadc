import type { PayloadRequest, Where } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'
import type { FrozenKey } from './frozenKey.js'

import { statisticsDue } from '../core/index.js'
import { pluginSlugs } from '../defaults.js'
import { asSystem } from './asSystem.js'
import { statisticsOf } from './statisticsOf.js'

export type StatsSnapshot = {
  asOf: string
  dimensions: ReturnType<typeof statisticsOf>
  id: number | string
  n: number
}

const submitted = (frozen: FrozenKey, ...more: Where[]): Where => ({
  and: [{ key: { equals: frozen.id } }, { status: { equals: 'submitted' } }, ...more],
})

const readSnapshot = async (req: PayloadRequest, frozen: FrozenKey) => {
  // System rights: snapshots have no API access at all; only this operation reads them.
  const { docs } = await req.payload.find({
    ...asSystem(req),
    collection: pluginSlugs.statsSnapshots,
    depth: 0,
    limit: 1,
    pagination: false,
    where: { key: { equals: frozen.id } },
  })
  return docs[0] as unknown as StatsSnapshot | undefined
}

const later = (asOf: string | undefined) => (asOf ? [{ submittedAt: { greater_than: asOf } }] : [])

/**
 * The statistics counselors see of a version: its last snapshot, computed again only when at
 * least `minimumStatisticsN` responses were submitted after it. Every read between refreshes
 * gets the same numbers, and two snapshots differ by at least that many new responses, so
 * watching them change never isolates one respondent. Erasures never trigger a refresh (they
 * are not new responses), and an erased response stays inside the published aggregate until
 * the next one. `pending` is the number of submitted responses while there is no snapshot yet.
 */
export const publishedStatistics = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  frozen: FrozenKey,
): Promise<{ pending: number; snapshot?: StatsSnapshot }> => {
  const snapshot = await readSnapshot(req, frozen)
  const asOf = new Date().toISOString()
  const window = submitted(frozen, ...later(snapshot?.asOf), { submittedAt: { less_than_equal: asOf } })
  // System rights: a count of new submissions, compared with the threshold; no answer leaves here.
  const { totalDocs: added } = await req.payload.count({
    ...asSystem(req),
    collection: pluginSlugs.responses,
    where: window,
  })
  if (added < options.minimumStatisticsN) return { pending: snapshot ? 0 : added, snapshot }
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
  if (
    !statisticsDue(
      rows.map((row) => row.submittedAt),
      snapshot?.asOf,
      options.minimumStatisticsN,
    )
  )
    return { pending: 0, snapshot }
  const data = {
    asOf,
    dimensions: statisticsOf(
      frozen,
      rows.map((row) => row.answers ?? {}),
    ),
    key: frozen.id,
    n: rows.length,
  }
  if (!snapshot) {
    try {
      // System rights: only this operation writes snapshots.
      const created = await req.payload.create({
        ...asSystem(req),
        collection: pluginSlugs.statsSnapshots,
        data,
        depth: 0,
      })
      return { pending: 0, snapshot: created as unknown as StatsSnapshot }
    } catch (error) {
      // Another read created it at the same moment (one snapshot per version): that one stands.
      const existing = await readSnapshot(req, frozen)
      if (!existing) throw error
      return { pending: 0, snapshot: existing }
    }
  }
  // System rights: as above. Only if no other read refreshed it meanwhile, so no two refreshes
  // published a moment apart can be set side by side.
  const { docs: refreshed } = await req.payload.update({
    ...asSystem(req),
    collection: pluginSlugs.statsSnapshots,
    data,
    depth: 0,
    where: { and: [{ id: { equals: snapshot.id } }, { asOf: { equals: snapshot.asOf } }] },
  })
  return {
    pending: 0,
    snapshot: (refreshed[0] as unknown as StatsSnapshot) ?? (await readSnapshot(req, frozen)),
  }
}
