import type { CollectionConfig, Config } from 'payload'

import { flattenTopLevelFields, InvalidConfiguration } from 'payload'

import type { SanitizedAssessmentScoringConfig } from './types.js'

const refuse = (problem: string) => new InvalidConfiguration(`assessmentScoringPlugin: ${problem}`)

/**
 * Refuses, when the config is built, a host without what the plugin reads of it: the collections its
 * slugs name, and on the assessments a `slug` field (the respondents' URL) and drafts (`_status`: only a
 * published assessment is answered). Without this the first respondent would meet a database error.
 */
export const checkHost = (config: Config, options: SanitizedAssessmentScoringConfig): void => {
  const collections = new Map((config.collections ?? []).map((collection) => [collection.slug, collection]))
  const required = {
    assessmentsSlug: options.assessmentsSlug,
    questionsSlug: options.questionsSlug,
    readersSlug: options.readersSlug,
    staffSlug: options.staffSlug,
  }
  for (const [option, slug] of Object.entries(required))
    if (!collections.has(slug)) throw refuse(`no collection "${slug}" (${option}) in the config.`)
  const assessments = collections.get(options.assessmentsSlug) as CollectionConfig
  const slugField = flattenTopLevelFields(assessments.fields).find(
    (field) => 'name' in field && field.name === 'slug',
  )
  if (!slugField || slugField.type !== 'text')
    throw refuse(`the collection "${assessments.slug}" (assessmentsSlug) needs a text field "slug".`)
  const versions = assessments.versions
  if (!(typeof versions === 'object' && versions.drafts))
    throw refuse(
      `the collection "${assessments.slug}" (assessmentsSlug) needs drafts (versions: { drafts: true }) for ` +
        'its "_status" field: only a published assessment is answered.',
    )
}
