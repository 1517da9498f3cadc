import type { CollectionConfig } from 'payload'

import { InvalidConfiguration } from 'payload'

import type { AddedCollection, SanitizedAssessmentScoringConfig } from '../types.js'

/**
 * An added collection after the host's `…Overrides` option for it. A changed slug is refused when the
 * config is built: the operations, access rules and relationships address the collection by its slug.
 */
export const overridden = (
  options: SanitizedAssessmentScoringConfig,
  name: AddedCollection,
  defaults: CollectionConfig,
): CollectionConfig => {
  const collection = options[`${name}Overrides`](defaults)
  if (collection?.slug !== defaults.slug)
    throw new InvalidConfiguration(
      `assessmentScoringPlugin: ${name}Overrides must return the collection with its slug "${defaults.slug}", ` +
        `not ${JSON.stringify(collection?.slug)}.`,
    )
  return collection
}
