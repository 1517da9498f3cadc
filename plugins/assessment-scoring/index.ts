import type { CollectionConfig, Config, EditConfigWithoutRoot, Plugin } from 'payload'

import type { AssessmentScoringPluginConfig } from './types.js'

import { accessLogCollection } from './collections/accessLogCollection.js'
import { couplesCollection } from './collections/couplesCollection.js'
import { grantsCollection } from './collections/grantsCollection.js'
import { keysCollection } from './collections/keysCollection.js'
import { responsesCollection } from './collections/responsesCollection.js'
import { shareCodesCollection } from './collections/shareCodesCollection.js'
import { overridden } from './collections/overridden.js'
import { statsSnapshotsCollection } from './collections/statsSnapshotsCollection.js'
import { checkHost } from './checkHost.js'
import { sanitizeOptions } from './defaults.js'
import { statisticsView } from './admin/statisticsView.js'
import { assessmentEndpoints } from './endpoints/assessmentEndpoints.js'
import { keyPreviewField } from './fields/keyPreviewField.js'
import { checkPublishable } from './hooks/checkPublishable.js'
import { freezePublishedVersion } from './hooks/freezePublishedVersion.js'
import { dormant } from '@kindred/plugin-shared'

export type { AssessmentScoringPluginConfig, CollectionOverride } from './types.js'

/**
 * Scoring for the assessments collection given as `assessmentsSlug`: refuses to publish a key
 * that cannot score, freezes each published version, and adds respondents' responses (private,
 * token- or account-bound), couples with consent-gated reports, counselor grants with an access
 * log, and aggregate statistics.
 */
export const assessmentScoringPlugin =
  (pluginOptions: AssessmentScoringPluginConfig = {}): Plugin =>
  (config: Config): Config => {
    const options = sanitizeOptions(pluginOptions)
    const extend = (collection: CollectionConfig): CollectionConfig => {
      // The host's assessments gain no stored field, so a disabled plugin leaves them as they are.
      if (collection.slug !== options.assessmentsSlug || options.disabled) return collection
      const views = collection.admin?.components?.views
      // A root edit view replaces every tab, so there is no tab to add then. The cast: Payload types
      // the custom keys with an index signature its own optional known keys (`root?: never`) fail.
      const edit = views?.edit?.root
        ? views.edit
        : ({ ...views?.edit, statistics: statisticsView(options) } as EditConfigWithoutRoot)
      return {
        ...collection,
        admin: {
          ...collection.admin,
          components: {
            ...collection.admin?.components,
            views: { ...views, edit },
          },
        },
        endpoints: [...assessmentEndpoints(options), ...(collection.endpoints || [])],
        fields: [...collection.fields, keyPreviewField(options)],
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), freezePublishedVersion(options)],
          beforeChange: [...(collection.hooks?.beforeChange ?? []), checkPublishable(options)],
        },
      }
    }
    checkHost(config, options)
    const collections = [
      overridden(options, 'keys', keysCollection(options)),
      overridden(options, 'responses', responsesCollection(options)),
      overridden(options, 'couples', couplesCollection(options)),
      overridden(options, 'grants', grantsCollection(options)),
      overridden(options, 'shareCodes', shareCodesCollection(options)),
      overridden(options, 'accessLog', accessLogCollection(options)),
      overridden(options, 'statsSnapshots', statsSnapshotsCollection()),
    ]
    // Disabled, the plugin still adds its collections, so the schema stays the same (see `dormant`), and
    // nothing that runs.
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map(extend),
        ...(options.disabled ? collections.map(dormant.collection) : collections),
      ],
    }
  }
