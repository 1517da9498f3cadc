import type { CollectionConfig, CollectionSlug, PayloadRequest, TypedUser } from 'payload'

import type { pluginSlugs } from './defaults.js'

/** The collections the plugin adds, by the name their `…Overrides` option is called after. */
export type AddedCollection = keyof typeof pluginSlugs

/**
 * Changes one of the collections the plugin adds, as form-builder's `formOverrides` and search's
 * `searchOverrides` do: it is given the plugin's collection and returns the one to use (labels, admin
 * group, extra fields, hooks…). The slug must stay: the plugin's operations address the collection by it.
 */
export type CollectionOverride = (defaults: CollectionConfig) => CollectionConfig

/**
 * `accessLogOverrides`, `couplesOverrides`, `grantsOverrides`, `keysOverrides`, `responsesOverrides`,
 * `shareCodesOverrides`, `statsSnapshotsOverrides`: a `CollectionOverride` for each collection the plugin adds.
 * @default none: the collections as the plugin defines them
 */
export type CollectionOverrides = { [Name in AddedCollection as `${Name}Overrides`]?: CollectionOverride }

export type AssessmentScoringPluginConfig = CollectionOverrides & {
  /**
   * Slug of the collection assessments live in (`collections/Assessments`): the plugin adds the
   * respondent endpoints, the publish check, version freezing and the key preview to it.
   * @default 'assessments'
   */
  assessmentsSlug?: string
  /**
   * Turns the plugin off while keeping the database schema the same, so migrations do not change with the
   * flag: it still adds its collections (closed to every API), and registers no endpoint, hook or admin
   * component.
   * @default false
   */
  disabled?: boolean
  /**
   * The client's address as the host knows it (behind its trusted proxies): anonymous starts are
   * limited by it, and a statistics refresh needs new submissions from as many distinct clients.
   * @default none: anonymous starts share the `unknown` limit; every submission counts as a client
   */
  getClientIP?: (req: PayloadRequest) => string | undefined
  /**
   * Hours a partner's invitation code stays valid.
   * @default 168
   */
  invitationHours?: number
  /**
   * Who may read raw responses through the REST API and the admin panel.
   * @default `staffSlug` users with role admin
   */
  isAdmin?: (user: null | TypedUser | undefined) => boolean
  /**
   * Who may read aggregate statistics and be granted access to a response.
   * @default `staffSlug` users with role counselor or admin
   */
  isCounselor?: (user: null | TypedUser | undefined) => boolean
  /**
   * Counts one anonymous start (`POST /api/assessments/:slug/responses` without an account) of
   * `client` and says whether it may go ahead; refused starts get a 429 with `Retry-After`. It
   * keeps anyone from filling an assessment with responses of their own, which is how statistics
   * would otherwise be steered to reveal someone else's answers. Keep its count in a store all
   * processes share.
   * @default none: unlimited
   */
  limitAnonymousStarts?: (args: {
    client: string
    req: PayloadRequest
  }) => Promise<{ allowed: boolean; retryAfterSeconds: number }>
  /**
   * Counts one attempt of `client` to use a counselor's share code (a preview or a grant by code, right or
   * wrong) and says whether it may go ahead; refused attempts get a 429 with `Retry-After`. It bounds how
   * many codes anyone can guess. Keep its count in a store all processes share.
   * @default none: unlimited
   */
  limitShareCodeAttempts?: (args: {
    client: string
    req: PayloadRequest
  }) => Promise<{ allowed: boolean; retryAfterSeconds: number }>
  /**
   * Submitted responses an assessment version needs before its statistics are shown, and new
   * submissions (from as many distinct clients) needed before they are computed again: a published
   * snapshot changes only by at least this many responses at once, so no one person's answers can
   * be read out of a change.
   * @default 10
   */
  minimumStatisticsN?: number
  /** Slug of the question bank (`collections/Questions`). @default 'questions' */
  questionsSlug?: string
  /** Slug of the public accounts collection. @default 'readers' */
  readersSlug?: string
  /** Slug of the staff accounts collection. @default 'users' */
  staffSlug?: string
}

/**
 * Who calls, as the endpoint resolved it from the request (`callerOf`): operations take this, never the
 * request's headers. The request they are also given is the transaction handle, and what Payload's access
 * layer reads the same identity from.
 */
export type Caller = {
  /** The client's address as the host resolved it (`getClientIP`); undefined when it cannot tell. */
  client: string | undefined
  /** The response token the request carries (`X-Response-Token`, or `?token=` in a link). */
  token: null | string
  user: null | TypedUser
}

type Slugs = 'assessmentsSlug' | 'questionsSlug' | 'readersSlug' | 'staffSlug'

export type SanitizedAssessmentScoringConfig = Required<Omit<AssessmentScoringPluginConfig, Slugs>> &
  Record<Slugs, CollectionSlug>
