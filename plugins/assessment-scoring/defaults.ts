import type { CollectionSlug, TypedUser } from 'payload'

import type {
  AssessmentScoringPluginConfig,
  CollectionOverride,
  SanitizedAssessmentScoringConfig,
} from './types.js'

/** Collections the plugin adds beside the assessments and questions it is given. */
export const pluginSlugs = {
  accessLog: 'response-access-log',
  couples: 'couples',
  grants: 'response-grants',
  keys: 'assessment-keys',
  responses: 'responses',
  shareCodes: 'counselor-share-codes',
  statsSnapshots: 'assessment-stats-snapshots',
} as const

/** The header a respondent's secret result token travels in (`?token=` works too, for links). */
export const tokenHeader = 'x-response-token'

const staffWithRole =
  (staffSlug: string, ...roles: string[]) =>
  (user: null | TypedUser | undefined): boolean => {
    const held = (user as { roles?: null | string[] } | null | undefined)?.roles ?? []
    return user?.collection === staffSlug && held.some((role) => role === 'admin' || roles.includes(role))
  }

const unlimited = async () => ({ allowed: true, retryAfterSeconds: 0 })

const asDefined: CollectionOverride = (collection) => collection

/** Fills every option once, so the rest of the plugin never checks for `undefined`. */
export const sanitizeOptions = (options: AssessmentScoringPluginConfig): SanitizedAssessmentScoringConfig => {
  const staffSlug = options.staffSlug ?? 'users'
  return {
    assessmentsSlug: (options.assessmentsSlug ?? 'assessments') as CollectionSlug,
    disabled: options.disabled ?? false,
    getClientIP: options.getClientIP ?? (() => undefined),
    invitationHours: options.invitationHours ?? 168,
    isAdmin: options.isAdmin ?? staffWithRole(staffSlug),
    isCounselor: options.isCounselor ?? staffWithRole(staffSlug, 'counselor'),
    limitAnonymousStarts: options.limitAnonymousStarts ?? unlimited,
    limitShareCodeAttempts: options.limitShareCodeAttempts ?? unlimited,
    minimumStatisticsN: options.minimumStatisticsN ?? 10,
    questionsSlug: (options.questionsSlug ?? 'questions') as CollectionSlug,
    readersSlug: (options.readersSlug ?? 'readers') as CollectionSlug,
    staffSlug: staffSlug as CollectionSlug,
    accessLogOverrides: options.accessLogOverrides ?? asDefined,
    couplesOverrides: options.couplesOverrides ?? asDefined,
    grantsOverrides: options.grantsOverrides ?? asDefined,
    keysOverrides: options.keysOverrides ?? asDefined,
    responsesOverrides: options.responsesOverrides ?? asDefined,
    shareCodesOverrides: options.shareCodesOverrides ?? asDefined,
    statsSnapshotsOverrides: options.statsSnapshotsOverrides ?? asDefined,
  }
}
