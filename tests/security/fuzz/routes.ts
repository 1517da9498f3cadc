/** What the fuzzer knows of the running server: real ids and slugs to aim at. */
export type Known = {
  articleSlug: string
  assessmentSlug: string
  ids: string[]
  /** The assessment's questions, so well-formed answers can be generated. */
  questions: string[]
}

export type Method = 'DELETE' | 'GET' | 'PATCH' | 'POST' | 'PUT'
export type Route = { family: string; method: Method; path: (id: string, known: Known) => string }

/** Every collection and global the API serves, including Payload's own. */
export const collections = [
  'articles',
  'categories',
  'media',
  'comments',
  'users',
  'readers',
  'assessments',
  'questions',
  'assessment-keys',
  'responses',
  'couples',
  'response-grants',
  'counselor-share-codes',
  'response-access-log',
  'comment-bans',
  'comment-flags',
  'moderation-log',
  'comment-rate-limits',
  'payload-jobs',
  'payload-locked-documents',
  'payload-preferences',
  'payload-migrations',
  'payload-kv',
  'no-such-collection',
]
export const globals = ['moderation-settings', 'payload-jobs-stats', 'no-such-global']
const authCollections = ['users', 'readers']

const route = (family: string, method: Method, path: Route['path']): Route => ({ family, method, path })

/** Payload's REST routes for each collection, auth and globals, and every custom endpoint. */
export const routes: Route[] = [
  ...collections.flatMap((slug) => [
    route('rest', 'GET', () => `/api/${slug}`),
    route('rest', 'GET', (id) => `/api/${slug}/${id}`),
    route('rest', 'POST', () => `/api/${slug}`),
    route('rest', 'PATCH', (id) => `/api/${slug}/${id}`),
    route('rest', 'PATCH', () => `/api/${slug}`),
    route('rest', 'DELETE', (id) => `/api/${slug}/${id}`),
    route('rest', 'DELETE', () => `/api/${slug}`),
    route('rest', 'PUT', (id) => `/api/${slug}/${id}`),
    route('rest', 'GET', () => `/api/${slug}/count`),
    route('rest', 'POST', (id) => `/api/${slug}/${id}/duplicate`),
    route('versions', 'GET', () => `/api/${slug}/versions`),
    route('versions', 'GET', (id) => `/api/${slug}/versions/${id}`),
    route('versions', 'POST', (id) => `/api/${slug}/versions/${id}`),
    route('rest', 'POST', (id) => `/api/${slug}/access/${id}`),
    route('rest', 'GET', (id) => `/api/${slug}/access/${id}`),
  ]),
  ...authCollections.flatMap((slug) => [
    route('auth', 'POST', () => `/api/${slug}/login`),
    route('auth', 'POST', () => `/api/${slug}/logout`),
    route('auth', 'GET', () => `/api/${slug}/me`),
    route('auth', 'POST', () => `/api/${slug}/refresh-token`),
    route('auth', 'POST', () => `/api/${slug}/forgot-password`),
    route('auth', 'POST', () => `/api/${slug}/reset-password`),
    route('auth', 'POST', (id) => `/api/${slug}/verify/${id}`),
    route('auth', 'POST', () => `/api/${slug}/unlock`),
    route('auth', 'POST', () => `/api/${slug}/first-register`),
    route('auth', 'GET', () => `/api/${slug}/init`),
  ]),
  route('auth', 'GET', () => '/api/access'),
  ...globals.flatMap((slug) => [
    route('globals', 'GET', () => `/api/globals/${slug}`),
    route('globals', 'POST', () => `/api/globals/${slug}`),
    route('globals', 'GET', () => `/api/globals/${slug}/versions`),
    route('globals', 'GET', (id) => `/api/globals/${slug}/versions/${id}`),
    route('globals', 'GET', () => `/api/globals/${slug}/access`),
  ]),
  route('graphql', 'POST', () => '/api/graphql'),
  route('graphql', 'GET', () => '/api/graphql'),
  route('jobs', 'GET', () => '/api/payload-jobs/run'),
  route('jobs', 'GET', () => '/api/payload-jobs/handle-schedules'),
  route('preferences', 'GET', (id) => `/api/payload-preferences/${id}`),
  route('preferences', 'POST', (id) => `/api/payload-preferences/${id}`),
  route('preferences', 'DELETE', (id) => `/api/payload-preferences/${id}`),
  // comment-moderation
  route('comments', 'GET', (id, known) => `/api/articles/${pick(id, known.articleSlug)}/comments`),
  route('comments', 'POST', (id, known) => `/api/articles/${pick(id, known.articleSlug)}/comments`),
  route('comments', 'POST', () => '/api/comments/moderate'),
  route('comments', 'GET', () => '/api/comments/export'),
  route('comments', 'POST', () => '/api/comments/erase'),
  route('comments', 'GET', (id) => `/api/comments/${id}/unsubscribe`),
  route('comments', 'POST', (id) => `/api/comments/${id}/flags`),
  route('comments', 'PATCH', (id) => `/api/comments/${id}`),
  route('comments', 'DELETE', (id) => `/api/comments/${id}`),
  // assessment-scoring
  route('assessments', 'GET', (id, known) => `/api/assessments/${pick(id, known.assessmentSlug)}/form`),
  route('assessments', 'POST', (id, known) => `/api/assessments/${pick(id, known.assessmentSlug)}/responses`),
  route('assessments', 'GET', (id) => `/api/assessments/${id}/stats`),
  route('assessments', 'POST', () => '/api/assessments/key-preview'),
  ...['', '/result', '/grants'].map((tail) =>
    route('responses', 'GET', (id) => `/api/responses/${id}${tail}`),
  ),
  route('responses', 'PATCH', (id) => `/api/responses/${id}`),
  route('responses', 'DELETE', (id) => `/api/responses/${id}`),
  ...['/invitation', '/consent', '/grants'].map((tail) =>
    route('responses', 'POST', (id) => `/api/responses/${id}${tail}`),
  ),
  route('responses', 'POST', (id) => `/api/responses/${id}/grants/preview`),
  route('responses', 'DELETE', (id) => `/api/responses/${id}/grants/${id}`),
  ...['/report', '/consent'].map((tail) => route('couples', 'GET', (id) => `/api/couples/${id}${tail}`)),
  route('couples', 'POST', (id) => `/api/couples/${id}/leave`),
  // outside the API
  route('other', 'GET', () => '/healthz'),
  route('other', 'GET', () => '/readyz'),
  route('other', 'GET', (id) => `/${id}`),
]

/**
 * How often each family is drawn, in parts of the whole (routes within a family alike). Payload's
 * generic REST routes are most of the route list (15 for each of 23 collections): drawn uniformly they
 * would be two thirds of the run and leave GraphQL and the custom endpoints a few dozen requests.
 * Auth is a small share on purpose: a login with a well-formed email and password costs a
 * 600,000-iteration PBKDF2 (about 0.4 s of CPU) whether the account exists or not, by design.
 */
export const familyWeights: Record<string, number> = {
  assessments: 9,
  auth: 4,
  comments: 12,
  couples: 4,
  globals: 5,
  graphql: 12,
  jobs: 2,
  other: 3,
  preferences: 3,
  responses: 9,
  rest: 32,
  versions: 5,
}

/** Half the time the real slug, so the endpoint gets past its lookup. */
const pick = (id: string, real: string) => (id.length % 2 === 0 ? real : id)
