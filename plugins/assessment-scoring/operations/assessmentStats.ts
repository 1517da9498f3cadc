import type { PayloadRequest, TypedUser } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { pluginSlugs } from '../defaults.js'
import { asCaller } from './asCaller.js'
import { asSystem } from './asSystem.js'
import { readFrozenKey } from './readFrozenKey.js'
import { publishedStatistics } from './publishedStatistics.js'
import { firstDoc } from './firstDoc.js'
import { ScoringRefusal } from '../ScoringRefusal.js'

/**
 * Aggregate statistics of one version of an assessment (the latest unless `version` is given)
 * over its submitted responses: per dimension the mean and SD of the percent score, the band
 * distribution, Cronbach's α, and per item the corrected item-total correlation with a flag for
 * items that look mis-keyed. They are the version's published snapshot (`publishedStatistics`),
 * none below `minimumStatisticsN` responses; each read is written to the access log.
 */
export const assessmentStats = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  reader: TypedUser,
  id: string,
  version: number | undefined,
) => {
  const assessment = await firstDoc<{ id: number | string; title?: string }>({
    ...asCaller(req),
    collection: options.assessmentsSlug,
    select: { title: true },
    where: { id: { equals: id } },
  })
  if (!assessment) throw new ScoringRefusal('assessmentNotFoundByID')
  const key = await firstDoc<{ id: number | string }>({
    ...asCaller(req),
    collection: pluginSlugs.keys,
    select: { version: true },
    sort: '-version',
    where: {
      and: [
        { assessment: { equals: assessment.id } },
        ...(version ? [{ version: { equals: version } }] : []),
      ],
    },
  })
  const frozen = key && (await readFrozenKey(req, key.id))
  if (!frozen) throw new ScoringRefusal('assessmentNotFoundByID')
  const { pending, snapshot } = await publishedStatistics(req, options, frozen)
  // System rights: the access log is append-only and written by the plugin alone.
  await req.payload.create({
    ...asSystem(req),
    collection: pluginSlugs.accessLog,
    data: {
      action: 'read-stats',
      assessment: String(assessment.id),
      counselor: reader.id,
      version: frozen.version,
    },
    select: { action: true },
  })
  const head = {
    assessment: { id: String(assessment.id), title: assessment.title ?? '' },
    minimumN: options.minimumStatisticsN,
    version: frozen.version,
  }
  if (!snapshot) return { ...head, asOf: null, available: false, dimensions: null, n: pending }
  return { ...head, asOf: snapshot.asOf, available: true, dimensions: snapshot.dimensions, n: snapshot.n }
}
