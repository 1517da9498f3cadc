import type { CollectionConfig, Config, Plugin } from 'payload'

import type { CommentModerationPluginConfig } from './types.js'

import { bansCollection } from './collections/bansCollection.js'
import { flagsCollection } from './collections/flagsCollection.js'
import { logCollection } from './collections/logCollection.js'
import { rateLimitsCollection } from './collections/rateLimitsCollection.js'
import { orHeldByAuthorToken } from './access/orHeldByAuthorToken.js'
import { orOwnComments } from './access/orOwnComments.js'
import { checkHost } from './checkHost.js'
import { sanitizeOptions } from './defaults.js'
import { articleCommentEndpoints } from './endpoints/articleCommentEndpoints.js'
import { commentEndpoints } from './endpoints/commentEndpoints.js'
import { moderationFields } from './fields/moderationFields.js'
import { settingsGlobal } from './globals/settingsGlobal.js'
import { notifyCommenterTask } from './jobs/notifyCommenterTask.js'
import { notifyModeratorsTask } from './jobs/notifyModeratorsTask.js'
import { purgeSpamTask } from './jobs/purgeSpamTask.js'
import { auditCommentChange, auditCommentDelete } from './hooks/auditCommentChange.js'
import { enqueueNotifications } from './hooks/enqueueNotifications.js'
import { recountOnArticleSave } from './hooks/recountOnArticleSave.js'
import { deleteFlagsOfComment } from './hooks/deleteFlagsOfComment.js'
import { recountOnCommentChange, recountOnCommentDelete } from './hooks/recountOnCommentChange.js'
import { requirePipelineForAuthors } from './hooks/requirePipelineForAuthors.js'
import { dormant, overridden } from '@kindred/plugin-shared'

export type {
  CollectionOverride,
  CommentModerationPluginConfig,
  GlobalOverride,
  SpamProvider,
  ToxicityProvider,
} from './types.js'
export { akismetProvider } from './providers/akismetProvider.js'
export type { Claim, RateLimitStore } from './store/RateLimitStore.js'
export { type RedisLike, redisRateLimitStore } from './store/redisRateLimitStore.js'

/**
 * Comment moderation for the collection given as `commentsSlug`: a fixed
 * pipeline that decides, explains and records what happens to every comment,
 * reader and moderator endpoints, flags, bans, word lists, an audit log and an
 * exact approved-comment count on each article.
 */
export const commentModerationPlugin =
  (pluginOptions: CommentModerationPluginConfig = {}): Plugin =>
  (config: Config): Config => {
    const options = sanitizeOptions(pluginOptions)
    // Disabled, the plugin still adds what shapes the schema (see `dormant`), and nothing that runs.
    const extend = (collection: CollectionConfig): CollectionConfig => {
      if (collection.slug === options.commentsSlug) {
        const schema: CollectionConfig = {
          ...collection,
          fields: [...collection.fields, ...moderationFields(options)],
          indexes: [
            ...(collection.indexes ?? []),
            // The thread query: one article's visible top-level comments in order.
            { fields: ['article', 'depth', 'status', 'createdAt'] },
          ],
        }
        if (options.disabled) return schema
        return {
          ...schema,
          access: {
            ...collection.access,
            delete: orOwnComments(options, collection.access?.delete),
            // What the thread shows its author already: a held comment is "pending"; spam or rejected ones are
            // not theirs to tell apart, so nobody learns which rule caught them.
            // A guest's own held comment is theirs to read by the author token its post answered.
            read: orHeldByAuthorToken(
              orOwnComments(options, collection.access?.read, { status: { in: ['approved', 'pending'] } }),
            ),
            update: orOwnComments(options, collection.access?.update),
          },
          admin: {
            ...collection.admin,
            components: {
              ...collection.admin?.components,
              afterListTable: [
                ...(collection.admin?.components?.afterListTable ?? []),
                '/plugins/comment-moderation/components/PersonDataRequests#PersonDataRequests',
              ],
              beforeListTable: [
                ...(collection.admin?.components?.beforeListTable ?? []),
                '/plugins/comment-moderation/components/ModerationQueueTabs#ModerationQueueTabs',
              ],
            },
          },
          endpoints: [...commentEndpoints(options), ...(collection.endpoints || [])],
          hooks: {
            ...collection.hooks,
            afterChange: [
              ...(collection.hooks?.afterChange ?? []),
              recountOnCommentChange(options),
              auditCommentChange(options),
              enqueueNotifications(),
            ],
            afterDelete: [
              ...(collection.hooks?.afterDelete ?? []),
              recountOnCommentDelete(options),
              auditCommentDelete(options),
            ],
            beforeDelete: [...(collection.hooks?.beforeDelete ?? []), deleteFlagsOfComment()],
            beforeOperation: [
              ...(collection.hooks?.beforeOperation ?? []),
              requirePipelineForAuthors(options),
            ],
          },
        }
      }
      if (collection.slug === options.articlesSlug) {
        const schema: CollectionConfig = {
          ...collection,
          fields: [
            ...collection.fields,
            {
              name: 'commentCount',
              type: 'number',
              admin: {
                description: 'Approved comments, kept exact by the moderation plugin.',
                position: 'sidebar',
                readOnly: true,
              },
              defaultValue: 0,
            },
          ],
        }
        if (options.disabled) return schema
        return {
          ...schema,
          endpoints: [...articleCommentEndpoints(options), ...(collection.endpoints || [])],
          hooks: {
            ...collection.hooks,
            beforeChange: [...(collection.hooks?.beforeChange ?? []), recountOnArticleSave(options)],
          },
        }
      }
      return collection
    }
    checkHost(config, options)
    // The host's `…Overrides` apply when disabled too, so the schema stays the same.
    const where = (option: string, kind: 'collection' | 'global' = 'collection') => ({
      kind,
      option,
      plugin: 'commentModerationPlugin',
    })
    const collections = [
      overridden(where('bansOverrides'), options.bansOverrides, bansCollection(options)),
      overridden(where('flagsOverrides'), options.flagsOverrides, flagsCollection(options)),
      overridden(where('logOverrides'), options.logOverrides, logCollection(options)),
      overridden(where('rateLimitsOverrides'), options.rateLimitsOverrides, rateLimitsCollection()),
    ]
    const settings = overridden(
      where('settingsOverrides', 'global'),
      options.settingsOverrides,
      settingsGlobal(options),
    )
    const tasks = [notifyModeratorsTask(options), notifyCommenterTask(options), purgeSpamTask(options)]
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map(extend),
        ...(options.disabled ? collections.map(dormant.collection) : collections),
      ],
      globals: [...(config.globals ?? []), options.disabled ? dormant.global(settings) : settings],
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), ...(options.disabled ? tasks.map(dormant.task) : tasks)],
      },
    }
  }
