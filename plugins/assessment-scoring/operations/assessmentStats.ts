import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { itemStatistics } from '../core/index.js'
import { pluginSlugs } from '../defaults.js'
import { messages } from '../messages.js'
import { frozenKey } from './frozenKey.js'
import { findFirst } from '../../../src/utilities/findFirst.js'

/**
 * Aggregate statistics of one version of an assessment (the latest unless `version` is given)
 * over its submitted responses: per dimension the mean and SD of the percent score, the band
 * distribution, Cronbach's α, and per item the corrected item-total correlation with a flag for
 * items that look mis-keyed. Nothing is computed below `minimumStatisticsN` responses, so no one
 * respondent's answers can be read back out of the numbers.
 */
export const assessmentStats = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  id: string,
  version: number | undefined,
) => {
  const assessment = await findFirst<{ id: number | string; title?: string }>(req, {
    collection: options.assessmentsSlug,
    select: { title: true },
    where: { id: { equals: id } },
  })
  if (!assessment) throw new APIError(messages.assessmentNotFoundByID, 404, undefined, true)
  const key = await findFirst<{ id: number | string }>(req, {
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
  const frozen = key && (await frozenKey(req, key.id))
  if (!frozen) throw new APIError(messages.assessmentNotFoundByID, 404, undefined, true)
  const { docs } = await req.payload.find({
    collection: pluginSlugs.responses,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { answers: true },
    where: { and: [{ key: { equals: frozen.id } }, { status: { equals: 'submitted' } }] },
  })
  const head = {
    assessment: { id: String(assessment.id), title: assessment.title ?? '' },
    minimumN: options.minimumStatisticsN,
    n: docs.length,
    version: frozen.version,
  }
  if (docs.length < options.minimumStatisticsN) return { ...head, available: false, dimensions: null }
  const answers = docs.map((doc) => (doc as { answers?: Record<string, unknown> }).answers ?? {})
  const report = itemStatistics(frozen.compiled, answers)
  const prompts = new Map(frozen.form.questions.map((question) => [question.id, question.prompt]))
  return {
    ...head,
    available: true,
    dimensions: Object.values(report.dimensions).map((dimension) => ({
      alpha: dimension.alpha,
      bandDistribution: dimension.bandDistribution,
      completeCases: dimension.completeCases,
      items: dimension.items.map((item) => ({ ...item, prompt: prompts.get(item.questionId) ?? '' })),
      key: dimension.key,
      label: dimension.label,
      meanPercent: dimension.meanPercent,
      scored: dimension.scored,
      sdPercent: dimension.sdPercent,
      unbanded: dimension.unbanded,
      withheld: dimension.withheld,
    })),
  }
}
