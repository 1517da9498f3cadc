import type { CollectionSlug, TypedUser } from 'payload'

export type AssessmentScoringPluginConfig = {
  /**
   * Slug of the collection assessments live in (`collections/Assessments`): the plugin adds the
   * respondent endpoints, the publish check, version freezing and the key preview to it.
   * @default 'assessments'
   */
  assessmentsSlug?: string
  /** Leaves the config untouched. @default false */
  disabled?: boolean
  /**
   * Hours a partner's invitation code stays valid.
   * @default 168
   */
  invitationHours?: number
  /** Who may read raw responses through the REST API and the admin panel. @default users with role admin */
  isAdmin?: (user: null | TypedUser | undefined) => boolean
  /**
   * Who may read aggregate statistics and be granted access to a response.
   * @default users with role counselor or admin
   */
  isCounselor?: (user: null | TypedUser | undefined) => boolean
  /**
   * Submitted responses an assessment version needs before its statistics are shown, so that no
   * person's answers can be inferred from them.
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

type Slugs = 'assessmentsSlug' | 'questionsSlug' | 'readersSlug' | 'staffSlug'

export type SanitizedAssessmentScoringConfig = Required<Omit<AssessmentScoringPluginConfig, Slugs>> &
  Record<Slugs, CollectionSlug>
