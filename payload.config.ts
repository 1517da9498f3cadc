import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles/index.js'
import { Assessments } from './collections/Assessments/index.js'
import { Categories } from './collections/Categories.js'
import { Comments } from './collections/Comments/index.js'
import { Media } from './collections/Media.js'
import { Questions } from './collections/Questions/index.js'
import { Readers } from './collections/Readers/index.js'
import { Users } from './collections/Users/index.js'
import { assessmentScoringPlugin } from '@kindred/plugin-assessment-scoring'
import { commentModerationPlugin } from '@kindred/plugin-comment-moderation'
import { kindredFavicon } from './src/admin/kindredFavicon.js'
import { staffSlug } from './src/access/isStaff.js'
import { userHasRole } from './src/access/userHasRole.js'
import { bootstrap } from './src/bootstrap.js'
import { corsOrigins } from './src/corsOrigins.js'
import { databaseAdapter } from './src/db.js'
import { answerDatabaseBusy } from './src/hooks/answerDatabaseBusy.js'
import { clearReadCacheOnWrite } from './src/hooks/clearReadCacheOnWrite.js'
import { guardPublicAPI } from './src/hooks/guardPublicAPI.js'
import { redisCommentRateLimitStore } from './src/rateLimits/redisCommentRateLimitStore.js'
import { emailFromEnv } from './src/email/emailFromEnv.js'
import { clientIPFromRequest } from './src/http/clientIP.js'
import { shareModerationSettings } from './src/http/shareModerationSettings.js'
import { guardInternalCollections } from './src/internalCollections/guardInternalCollections.js'
import { claimJobsAtomically } from './src/jobs/claimJobsAtomically.js'
import { jobsAccess } from './src/jobs/jobsAccess.js'
import { jobsSettings } from './src/jobs/jobsSettings.js'
import { loggerConfig } from './src/loggerConfig.js'
import { publicServerURL } from './src/publicServerURL.js'
import { limitAssessmentStarts } from './src/rateLimits/limitAssessmentStarts.js'
import { limitShareCodeAttempts } from './src/rateLimits/limitShareCodeAttempts.js'
import { rateLimitsCollection } from './src/rateLimits/rateLimitsCollection.js'
import { resolveSecret } from './src/resolveSecret.js'
import { spamProviderFromEnv } from './src/spamProviderFromEnv.js'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const jobs = jobsSettings()
// SMTP_URL set: SMTP, with a queued retry for what the mail server refused; else the outbox and the log.
const email = emailFromEnv({
  fromAddress: process.env.EMAIL_FROM || 'kindred@localhost',
  fromName: process.env.EMAIL_FROM_NAME || 'Kindred',
})

export default buildConfig({
  admin: {
    avatar: 'default',
    components: {
      beforeDashboard: ['/src/admin/RoleDashboard#RoleDashboard'],
      graphics: { Icon: '/src/admin/KindredIcon#KindredIcon', Logo: '/src/admin/KindredLogo#KindredLogo' },
      views: { notAllowed: { Component: '/src/admin/NotAllowed#NotAllowed', path: '/not-allowed' } },
    },
    importMap: { baseDir: dirname },
    meta: {
      description: 'Kindred: relationship guidance, published with care.',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: kindredFavicon }],
      title: 'Kindred',
      titleSuffix: ' · Kindred',
    },
    user: Users.slug,
  },
  collections: [
    Articles,
    Categories,
    Comments,
    Media,
    Users,
    Readers,
    Assessments,
    Questions,
    rateLimitsCollection,
  ],
  // Respondents' result tokens travel in X-Response-Token, which browsers must be allowed to send.
  cors: { headers: ['X-Comment-Token', 'X-Response-Token'], origins: corsOrigins() },
  // Payload ignores a session cookie sent from an origin outside this list (SERVER_URL is added to it). It cannot
  // know the request's own host, so without SERVER_URL the list stays empty: src/http/sameOriginWrites.ts judges.
  csrf: process.env.SERVER_URL ? corsOrigins() : [],
  // Any number of processes run the queue; each job is claimed by exactly one (src/jobs/claimJobsAtomically.ts).
  db: claimJobsAtomically(await databaseAdapter(), jobs.leaseMs),
  editor: lexicalEditor(),
  email: email.adapter,
  jobs: {
    access: jobsAccess,
    // Emails and clean-ups run here, off the request path: the default queue every few seconds, nightly jobs hourly.
    autoRun: jobs.autoRun,
    deleteJobOnComplete: !jobs.keepCompleted,
    shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
    tasks: [email.deliverEmailTask],
  },
  graphQL: { disablePlaygroundInProduction: true, maxComplexity: 1000 },
  // An overloaded database answers 503 + Retry-After, not 500 (src/hooks/answerDatabaseBusy.ts).
  hooks: { afterError: [answerDatabaseBusy] },
  logger: loggerConfig(),
  onInit: bootstrap,
  plugins: [
    commentModerationPlugin({
      getClientIP: clientIPFromRequest,
      spamProvider: spamProviderFromEnv(),
      isModerator: (user) => userHasRole(user, ['editor', 'moderator']),
      // ARCHITECTURE.md: bans and word lists are moderators' (and admins'), not editors'.
      canManageBans: (user) => userHasRole(user, ['moderator']),
      // Links in notification emails: SERVER_URL, or this process's localhost port (README, SERVER_URL).
      publicURL: publicServerURL(),
      staffSlug,
      rateLimitStore: process.env.REDIS_URL ? redisCommentRateLimitStore(process.env.REDIS_URL) : undefined,
      shareSettingsChanges: process.env.REDIS_URL
        ? shareModerationSettings(process.env.REDIS_URL)
        : undefined,
    }),
    assessmentScoringPlugin({
      getClientIP: clientIPFromRequest,
      isAdmin: (user) => userHasRole(user, []),
      isCounselor: (user) => userHasRole(user, ['counselor']),
      limitAnonymousStarts: limitAssessmentStarts(),
      limitShareCodeAttempts: limitShareCodeAttempts(),
      staffSlug,
    }),
    guardInternalCollections,
    // Last, so they see the plugins' collections and globals too.
    guardPublicAPI,
    clearReadCacheOnWrite,
  ],
  secret: resolveSecret(),
  serverURL: process.env.SERVER_URL || '',
  sharp,
  telemetry: false,
  // Types are generated on purpose (npm run generate:types), not by a child process at every start.
  typescript: { autoGenerate: false, outputFile: path.resolve(dirname, 'payload-types.ts') },
})
