import type { CollectionConfig } from 'payload'

import { overridden as overriddenBy } from '@kindred/plugin-shared'

import type { AddedCollection, SanitizedAssessmentScoringConfig } from '../types.js'

/** An added collection after the host's `…Overrides` option for it; a changed slug is refused (see the shared helper). */
export const overridden = (
  options: SanitizedAssessmentScoringConfig,
  name: AddedCollection,
  defaults: CollectionConfig,
): CollectionConfig =>
  overriddenBy(
    { kind: 'collection', option: `${name}Overrides`, plugin: 'assessmentScoringPlugin' },
    options[`${name}Overrides`],
    defaults,
  )
