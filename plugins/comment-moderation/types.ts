import type {
  CollectionConfig,
  CollectionSlug,
  GlobalConfig,
  Payload,
  PayloadRequest,
  TypedUser,
} from 'payload'

import type { Thresholds } from './core/index.js'
import type { pluginSlugs } from './defaults.js'
import type { RateLimitStore } from './store/RateLimitStore.js'

/** A spam filter the pipeline asks about each comment, and tells about moderators' corrections. */
export type SpamProvider = {
  check: (comment: SpamCheckInput) => Promise<'ham' | 'spam'>
  /** Moderators' "spam" / "not spam" decisions, so the provider learns. */
  report?: (comment: SpamCheckInput, verdict: 'ham' | 'spam') => Promise<void>
}

/** A toxicity model: 0 is harmless, 1 certainly toxic. */
export type ToxicityProvider = { score: (body: string) => Promise<number> }

export type SpamCheckInput = {
  authorEmail?: string
  authorName: string
  body: string
  ip?: string
  permalink?: string
  userAgent?: string
}

/** The collections the plugin adds, by the name their `…Overrides` option is called after. */
export type AddedCollection = Exclude<keyof typeof pluginSlugs, 'settings'>

/**
 * Changes one of the collections the plugin adds, as form-builder's `formOverrides` and search's
 * `searchOverrides` do: it is given the plugin's collection and returns the one to use (labels, admin
 * group, extra fields, hooks…). The slug must stay: the plugin's operations address the collection by it.
 */
export type CollectionOverride = (defaults: CollectionConfig) => CollectionConfig

/** The same for the `moderation-settings` global: its slug must stay too. */
export type GlobalOverride = (defaults: GlobalConfig) => GlobalConfig

/**
 * `bansOverrides`, `flagsOverrides`, `logOverrides`, `rateLimitsOverrides`: a `CollectionOverride` for each
 * collection the plugin adds; `settingsOverrides`: a `GlobalOverride` for its global.
 * @default none: the collections and global as the plugin defines them
 */
export type Overrides = { [Name in AddedCollection as `${Name}Overrides`]?: CollectionOverride } & {
  settingsOverrides?: GlobalOverride
}

export type CommentModerationPluginConfig = Overrides & {
  /**
   * Slug of the collection articles live in; comments point to it and its documents get `commentCount`.
   * @default 'articles'
   */
  articlesSlug?: string
  /**
   * Slug of the collection holding comments' fields (`collections/Comments`).
   * @default 'comments'
   */
  commentsSlug?: string
  /**
   * Turns the plugin off while keeping the database schema the same, so migrations do not change with the
   * flag: it still adds its collections and global (closed to every API), the fields and index it adds to
   * comments and articles, and its job tasks (which do nothing); no endpoint, hook or admin component.
   * @default false
   */
  disabled?: boolean
  /**
   * Seconds after posting during which an author may edit their comment.
   * @default 300
   */
  editWindowSeconds?: number
  /**
   * Distinct flaggers after which an approved comment goes back to pending.
   * @default 3
   */
  flagsToHide?: number
  /**
   * The client's IP address, which is only ever stored as an HMAC fingerprint. Give the address your
   * host resolved through its trusted proxies; `X-Forwarded-For` alone is whatever the client wrote.
   * @default none: every guest counts as one unknown client
   */
  getClientIP?: (req: PayloadRequest) => string | undefined
  /**
   * The absolute address people reach this server at (`https://cms.example.org`), which the links in
   * notification emails (review a comment, stop these emails) start with: a link in an email cannot be relative.
   * @default Payload's `serverURL`
   */
  publicURL?: string
  /**
   * Who may manage bans and the word lists (`comment-bans`, the `moderation-settings` global): a
   * narrower right than moderating the queue, where a host separates the two.
   * @default `isModerator`
   */
  canManageBans?: (user: null | TypedUser | undefined) => boolean
  /**
   * Who may moderate comments (the queue, flags, the moderation log).
   * @default users of `staffSlug` with role admin, editor or moderator
   */
  isModerator?: (user: null | TypedUser | undefined) => boolean
  /**
   * Deepest reply level: 0 is a top-level comment.
   * @default 5
   */
  maxDepth?: number
  /**
   * Days after which spam is purged by the scheduled job.
   * @default 15
   */
  purgeSpamAfterDays?: number
  /**
   * Where the time of each commenter's last comment is kept. It must be shared by every process.
   * @default the database (`comment-rate-limits` collection)
   */
  rateLimitStore?: RateLimitStore
  /**
   * Connects this process's copy of the moderation settings (word lists, pre-moderation), which it keeps between
   * comments, to the other processes': called once per Payload instance with what forgets the copy here; the
   * plugin calls `publish` after every change of the settings made here. For example a pub/sub channel over Redis.
   * @default none: a change made in another process is obeyed within 5 seconds (at once in this one)
   */
  shareSettingsChanges?: (forgetHere: () => void, payload: Payload) => SharedSettingsChanges
  /** Slug of the public accounts collection. @default 'readers' */
  readersSlug?: string
  /** Off unless given, for example `akismetProvider({ key, site })`. */
  spamProvider?: SpamProvider
  /** Milliseconds a provider may take before the comment is held for review instead. @default 2000 */
  providerTimeoutMs?: number
  /** Slug of the staff accounts collection. @default 'users' */
  staffSlug?: string
  /** The pipeline's thresholds; see `core/defaults.ts` for each default and why. */
  thresholds?: Partial<Omit<Thresholds, 'preModeration'>>
  /** Off by default. */
  toxicityProvider?: ToxicityProvider
}

/** How a host passes news of a settings change between processes (see `shareSettingsChanges`). */
export type SharedSettingsChanges = {
  /** Tells the other processes to forget their copy; must not reject (a lost message costs the cache's lifetime). */
  publish: () => Promise<void>
}

/**
 * Who calls, as plain arguments: endpoints resolve it from the request once (`callerOf`), and operations take it
 * instead of reading the request's user or headers themselves.
 */
export type Caller = {
  /** The client's address as the host resolved it (`getClientIP`): stored only as a fingerprint; undefined when unknown. */
  ip: string | undefined
  user: null | TypedUser
  userAgent: string | undefined
}

type OptionalServices =
  'publicURL' | 'rateLimitStore' | 'shareSettingsChanges' | 'spamProvider' | 'toxicityProvider'
type Slugs = 'articlesSlug' | 'commentsSlug' | 'readersSlug' | 'staffSlug'

export type SanitizedCommentModerationConfig = Required<
  Omit<CommentModerationPluginConfig, 'thresholds' | OptionalServices | Slugs>
> &
  Pick<CommentModerationPluginConfig, OptionalServices> &
  Record<Slugs, CollectionSlug> & {
    thresholds: Omit<Thresholds, 'preModeration'>
  }
