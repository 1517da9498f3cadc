import type { CollectionSlug, PayloadRequest, TypedUser } from 'payload'

import type {
  CollectionOverride,
  CommentModerationPluginConfig,
  GlobalOverride,
  SanitizedCommentModerationConfig,
} from './types.js'

import { defaults as coreDefaults } from './core/index.js'

/** Collections and the global the plugin adds, beside the comments it is given. */
export const pluginSlugs = {
  bans: 'comment-bans',
  flags: 'comment-flags',
  log: 'moderation-log',
  rateLimits: 'comment-rate-limits',
  settings: 'moderation-settings',
} as const

// X-Forwarded-For is written by the client unless a trusted proxy rewrote it, which only the host
// knows: without a host-supplied address, every guest is one unknown client (limits stay strict).
const noClientIP = (_req: PayloadRequest): string | undefined => undefined

const staffModerators =
  (staffSlug: string) =>
  (user: null | TypedUser | undefined): boolean => {
    const roles = (user as { roles?: null | string[] } | null | undefined)?.roles ?? []
    return (
      user?.collection === staffSlug && roles.some((role) => ['admin', 'editor', 'moderator'].includes(role))
    )
  }

const asDefined: CollectionOverride & GlobalOverride = <Added>(added: Added) => added

/** Fills every option once, so the rest of the plugin never checks for `undefined`. */
export const sanitizeOptions = (options: CommentModerationPluginConfig): SanitizedCommentModerationConfig => {
  const { preModeration: _ignored, ...thresholds } = coreDefaults
  const staffSlug = options.staffSlug ?? 'users'
  const isModerator = options.isModerator ?? staffModerators(staffSlug)
  return {
    articlesSlug: (options.articlesSlug ?? 'articles') as CollectionSlug,
    bansOverrides: options.bansOverrides ?? asDefined,
    canManageBans: options.canManageBans ?? isModerator,
    commentsSlug: (options.commentsSlug ?? 'comments') as CollectionSlug,
    disabled: options.disabled ?? false,
    editWindowSeconds: options.editWindowSeconds ?? 300,
    flagsOverrides: options.flagsOverrides ?? asDefined,
    flagsToHide: options.flagsToHide ?? 3,
    getClientIP: options.getClientIP ?? noClientIP,
    isModerator,
    logOverrides: options.logOverrides ?? asDefined,
    maxDepth: options.maxDepth ?? 5,
    providerTimeoutMs: options.providerTimeoutMs ?? 2000,
    publicURL: options.publicURL,
    purgeSpamAfterDays: options.purgeSpamAfterDays ?? 15,
    rateLimitStore: options.rateLimitStore,
    rateLimitsOverrides: options.rateLimitsOverrides ?? asDefined,
    readersSlug: (options.readersSlug ?? 'readers') as CollectionSlug,
    settingsOverrides: options.settingsOverrides ?? asDefined,
    shareSettingsChanges: options.shareSettingsChanges,
    spamProvider: options.spamProvider,
    staffSlug: staffSlug as CollectionSlug,
    thresholds: { ...thresholds, ...options.thresholds },
    toxicityProvider: options.toxicityProvider,
  }
}

/** The header a guest sends their comments' author tokens in (comma-separated), to read them while held. */
export const authorTokenHeader = 'x-comment-token'
