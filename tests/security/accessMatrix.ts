/**
 * Who may do what, in one table: every role × every collection and global × every operation,
 * with the outcome the API must give. tests/security/accessMatrix.test.ts turns each cell into
 * REST and GraphQL requests (and `where`/`sort` on every field) and fails on any difference.
 *
 * The rules (docs/security.md, "Access matrix"): default deny. Admins everything; editors
 * articles, categories, media and comment moderation; moderators comment moderation, bans,
 * word lists, flags and the moderation log (read only); counselors assessments, questions and
 * aggregate statistics, a respondent's result only through that respondent's grant; readers their
 * own comments, responses, couple links and account; anonymous published content, posting a
 * comment as a guest, taking an assessment.
 */

export const roles = [
  'anonymous',
  'reader',
  'otherReader',
  'editor',
  'moderator',
  'counselor',
  'admin',
] as const
export type Role = (typeof roles)[number]

/**
 * - `seen`: 2xx, and the fixture document is in the answer
 * - `unseen`: 2xx, and it is not (access filtered it out)
 * - `done`: the write succeeded (201 create, 200 update/delete) and took effect
 * - `deny`: 401 or 403, nothing written, nothing shown
 * - `gone`: 404, because even the document's existence is private (or the route does not exist)
 * - `invalid`: 400 (for `where`/`sort` on a field the role may not read: refused, never answered)
 * - `refused`: `deny` or `gone`, either will do (for what the API should not serve at all)
 */
export type Outcome = 'deny' | 'done' | 'gone' | 'invalid' | 'refused' | 'seen' | 'unseen'
export type Outcomes = Record<Role, Outcome>
export type Operation = 'create' | 'delete' | 'list' | 'read' | 'update' | 'versions'

/** `yes` for the roles listed, `no` for the rest. */
export const only = (allowed: readonly Role[], yes: Outcome, no: Outcome = 'deny'): Outcomes =>
  Object.fromEntries(roles.map((role) => [role, allowed.includes(role) ? yes : no])) as Outcomes
export const everyone = (outcome: Outcome): Outcomes => only(roles, outcome)
export const nobody = (no: Outcome = 'deny'): Outcomes => only([], 'done', no)

const staff = ['editor', 'moderator', 'counselor', 'admin'] as const
const editors = ['editor', 'admin'] as const
/** Comment moderation (the queue, flags, the log): editors and moderators. */
const commentModerators = ['editor', 'moderator', 'admin'] as const
/** Bans and word lists: moderators only, not editors (ARCHITECTURE.md, "Roles and access"). */
const moderators = ['moderator', 'admin'] as const
const counselors = ['counselor', 'admin'] as const
const admins = ['admin'] as const

/**
 * One row: a collection (or `global:<slug>`), an operation, the REST outcome per role and,
 * where GraphQL differs (REST routes a custom endpoint serves, GraphQL has none), GraphQL's.
 * The fixture of each collection is described in the test (`fixtures`): for owned documents
 * (comments, responses, readers) it belongs to `reader`, never to `otherReader`.
 */
export type Row = readonly [
  collection: string,
  operation: Operation,
  rest: Outcomes,
  graphql?: Outcomes | 'none',
]

const content = (slug: string): Row[] => [
  [slug, 'list', everyone('seen')],
  [slug, 'read', everyone('seen')],
  [slug, 'create', only(editors, 'done')],
  [slug, 'update', only(editors, 'done')],
  [slug, 'delete', only(editors, 'done')],
]

/** Collections only the plugin writes and nobody changes through the API. */
const appendOnly = (slug: string, readers: readonly Role[], graphql = true): Row[] => [
  [slug, 'list', only(readers, 'seen')],
  [slug, 'read', only(readers, 'seen')],
  [slug, 'create', nobody(), graphql ? undefined : 'none'],
  [slug, 'update', nobody(), graphql ? undefined : 'none'],
  [slug, 'delete', nobody(), graphql ? undefined : 'none'],
]

/** Collections no one reaches through the API. */
const internalOnly = (slug: string, graphql?: 'none'): Row[] =>
  (['list', 'read', 'create', 'update', 'delete'] as const).map((operation): Row => [
    slug,
    operation,
    nobody(),
    graphql,
  ])

export const matrix: Row[] = [
  // Published, due article; drafts and versions are staff's.
  ...content('articles'),
  ['articles', 'versions', only(editors, 'seen')],
  ...content('categories'),
  ...content('media'),

  // A reader's approved comment. The public reads threads through the comment endpoints.
  // Authorship is one rule in the collection's access (docs/comments.md, "Editing"): its author
  // reads it through REST and GraphQL too; any other account's list is filtered, a read is 404.
  [
    'comments',
    'list',
    { ...only(commentModerators, 'seen'), counselor: 'unseen', otherReader: 'unseen', reader: 'seen' },
  ],
  [
    'comments',
    'read',
    { ...only(commentModerators, 'seen'), counselor: 'gone', otherReader: 'gone', reader: 'seen' },
  ],
  ['comments', 'create', nobody()],
  // `{ body }`: the author edits through the pipeline; nobody else changes their words.
  [
    'comments',
    'update',
    {
      ...nobody('gone'),
      editor: 'deny',
      moderator: 'deny',
      reader: 'done',
      admin: 'deny',
      counselor: 'gone',
    },
    only([], 'done', 'deny'),
  ],
  [
    'comments',
    'delete',
    { ...nobody('gone'), admin: 'done', editor: 'deny', moderator: 'deny', reader: 'done' },
    only(admins, 'done'),
  ],

  // Staff accounts: staff read each other (names for bylines), only admins create and delete.
  ['users', 'list', only(staff, 'seen')],
  ['users', 'read', only(staff, 'seen')],
  ['users', 'create', only(admins, 'done')],
  // The fixture is the admin's own account, so only admins (and it) update it.
  ['users', 'update', only(admins, 'done')],
  ['users', 'delete', only(admins, 'done')],

  // The fixture is `reader`'s own account.
  ['readers', 'list', { ...only(admins, 'seen'), reader: 'seen', otherReader: 'unseen' }],
  ['readers', 'read', { ...only(admins, 'seen', 'deny'), otherReader: 'gone', reader: 'seen' }],
  // Registration answers 201 `{ message }` for a new and a taken email alike (docs/security.md,
  // "Accounts"): the check finds the account by its email. GraphQL's `createReader` is admins'.
  ['readers', 'create', everyone('done'), only(admins, 'done')],
  // Another reader's account: refused (403; account ids are random, so this tells nothing).
  ['readers', 'update', { ...only(admins, 'done'), reader: 'done' }],
  ['readers', 'delete', { ...only(admins, 'done'), reader: 'done' }],

  // A published assessment: staff read it (editors pick it as a call to action), counselors author it.
  ['assessments', 'list', only(staff, 'seen')],
  ['assessments', 'read', only(staff, 'seen')],
  ['assessments', 'create', only(counselors, 'done')],
  ['assessments', 'update', only(counselors, 'done')],
  ['assessments', 'delete', only(counselors, 'done')],
  ['assessments', 'versions', only(counselors, 'seen')],
  ['questions', 'list', only(counselors, 'seen')],
  ['questions', 'read', only(counselors, 'seen')],
  ['questions', 'create', only(counselors, 'done')],
  ['questions', 'update', only(counselors, 'done')],
  ['questions', 'delete', only(counselors, 'done')],
  ...appendOnly('assessment-keys', counselors),

  // `reader`'s submitted response (no grant). Respondents use the response endpoints, which answer
  // GET/PATCH/DELETE /api/responses/:id for the owner and 404 for everyone else; admins get Payload's.
  // Who reads a response is one rule, shared by REST, GraphQL and the endpoints (docs/assessments.md,
  // "Privacy rules"): admins, its respondent, a granted counselor (none on this fixture).
  [
    'responses',
    'list',
    { ...only(admins, 'seen'), counselor: 'unseen', otherReader: 'unseen', reader: 'seen' },
  ],
  [
    'responses',
    'read',
    { ...nobody('gone'), admin: 'seen', reader: 'seen' },
    { ...only(admins, 'seen'), counselor: 'gone', otherReader: 'gone', reader: 'seen' },
  ],
  // Only the assessment endpoints create responses (scored on the server); Payload's create is closed to
  // every door, admins included, so the admin shows no Create on them (README, "The admin panel").
  ['responses', 'create', nobody()],
  ['responses', 'update', { ...nobody('gone'), admin: 'done', reader: 'done' }, only(admins, 'done')],
  // Respondents may erase their own response through any door.
  [
    'responses',
    'delete',
    { ...nobody('gone'), admin: 'done', reader: 'done' },
    { ...only(admins, 'done'), reader: 'done' },
  ],
  ['couples', 'list', only(admins, 'seen')],
  ['couples', 'read', only(admins, 'seen')],
  ['couples', 'create', nobody()],
  ['couples', 'update', nobody()],
  ['couples', 'delete', only(admins, 'done')],
  // A live grant to the counselor fixture: they list it; admins see all. Its respondent (`reader`)
  // lists and revokes it (`PATCH` `revokedAt`, docs/assessments.md, "Counselor grants").
  ['response-grants', 'list', { ...only(counselors, 'seen'), otherReader: 'unseen', reader: 'seen' }],
  ['response-grants', 'read', { ...only(counselors, 'seen'), otherReader: 'gone', reader: 'seen' }],
  ['response-grants', 'create', nobody()],
  ['response-grants', 'update', { ...only(admins, 'done'), reader: 'done' }],
  ['response-grants', 'delete', nobody()],
  ...appendOnly('response-access-log', admins),
  // The counselor fixture's own share code: only they and admins see or change it; admins alone delete.
  // Respondents never read codes (the grant endpoints resolve them, docs/assessments.md, "Counselor grants").
  ['counselor-share-codes', 'list', only(counselors, 'seen')],
  ['counselor-share-codes', 'read', only(counselors, 'seen')],
  ['counselor-share-codes', 'create', only(counselors, 'done')],
  ['counselor-share-codes', 'update', only(counselors, 'done')],
  ['counselor-share-codes', 'delete', only(admins, 'done')],

  // Comment moderation's own collections.
  ['comment-bans', 'list', only(moderators, 'seen')],
  ['comment-bans', 'read', only(moderators, 'seen')],
  ['comment-bans', 'create', only(moderators, 'done')],
  ['comment-bans', 'update', only(moderators, 'done')],
  ['comment-bans', 'delete', only(moderators, 'done')],
  ['comment-flags', 'list', only(commentModerators, 'seen')],
  ['comment-flags', 'read', only(commentModerators, 'seen')],
  ['comment-flags', 'create', nobody()],
  ['comment-flags', 'update', nobody()],
  ['comment-flags', 'delete', only(commentModerators, 'done')],
  ...appendOnly('moderation-log', commentModerators),
  ...appendOnly('comment-rate-limits', []),
  ['global:moderation-settings', 'read', only(moderators, 'seen')],
  ['global:moderation-settings', 'update', only(moderators, 'done')],

  // Payload's own collections.
  // Closed to everyone, admins included: jobs carry notification inputs (docs/security.md, "Payload’s own collections").
  ['payload-jobs', 'list', nobody()],
  ['payload-jobs', 'read', nobody()],
  // Jobs are queued by the application and run by the job runner; nobody types one in.
  ['payload-jobs', 'create', nobody()],
  ['payload-jobs', 'update', nobody()],
  ['payload-jobs', 'delete', nobody()],
  // The fixture is the editor's lock on the article. Staff read every lock (the admin panel shows
  // who is editing) and may take one over, which writes it in their own name; only its holder
  // deletes it (docs/security.md, "Payload’s own collections").
  ['payload-locked-documents', 'list', only(staff, 'seen')],
  ['payload-locked-documents', 'read', only(staff, 'seen')],
  ['payload-locked-documents', 'update', only(staff, 'done')],
  ['payload-locked-documents', 'delete', only(['editor'], 'done')],
  // The fixture is the editor's preference, addressed by its key: each staff member has keys of
  // their own, so another's key finds nothing of theirs (200 with none, or 404 for a delete).
  [
    'payload-preferences',
    'list',
    { ...only(['editor'], 'seen'), admin: 'unseen', counselor: 'unseen', moderator: 'unseen' },
    'none',
  ],
  [
    'payload-preferences',
    'read',
    { ...only(['editor'], 'seen'), admin: 'unseen', counselor: 'unseen', moderator: 'unseen' },
    'none',
  ],
  [
    'payload-preferences',
    'delete',
    { ...only(['editor'], 'done'), admin: 'gone', counselor: 'gone', moderator: 'gone' },
    'none',
  ],
  // Schema history: not the API's business for anyone.
  ['payload-migrations', 'list', nobody('refused'), 'none'],
  ['payload-migrations', 'read', nobody('refused'), 'none'],
  ['payload-migrations', 'create', nobody('refused'), 'none'],
  ['payload-migrations', 'update', nobody('refused'), 'none'],
  ['payload-migrations', 'delete', nobody('refused'), 'none'],
  // Payload's key-value store (used by its job scheduler) and the jobs' statistics: internal.
  ['payload-kv', 'list', nobody('refused'), 'none'],
  ['payload-kv', 'read', nobody('refused'), 'none'],
  ['payload-kv', 'create', nobody('refused'), 'none'],
  ['payload-kv', 'update', nobody('refused'), 'none'],
  ['payload-kv', 'delete', nobody('refused'), 'none'],
  // The scheduler's counters: admins may look; the scheduler writes them through the database adapter.
  ['global:payload-jobs-stats', 'read', only(admins, 'seen'), 'none'],
  ['global:payload-jobs-stats', 'update', nobody(), 'none'],

  // Shared rate-limit counters and published statistics snapshots: only the code reads and
  // writes them (src/rateLimits/, docs/assessments.md); snapshots have no GraphQL at all.
  ...internalOnly('rate-limits'),
  ...internalOnly('assessment-stats-snapshots', 'none'),
]

/** Fields some roles may read of a document they otherwise read: everyone else gets `invalid` on `where`/`sort`. */
export const fieldReaders: Record<string, Record<string, readonly Role[]>> = {
  comments: { 'author.email': commentModerators, moderation: commentModerators },
  // A granted counselor never learns which account answered (docs/assessments.md, "Privacy rules").
  responses: { respondent: roles.filter((role) => role !== 'counselor') },
}

/**
 * Custom endpoints (and Payload's auth routes), per role. `path` may use the fixtures' ids
 * (`:article`, `:comment`, `:assessment`, `:slug`, `:response`, `:couple`, `:grant`). A body is JSON.
 * The outcome here is the status class: `done`/`seen` 2xx, `deny` 401/403, `gone` 404, `invalid` 400.
 */
export type EndpointRow = readonly [
  name: string,
  request: { body?: unknown; method: 'delete' | 'get' | 'patch' | 'post'; path: string },
  outcomes: Outcomes,
]

export const endpoints: EndpointRow[] = [
  ['read an article’s thread', { method: 'get', path: '/api/articles/:article/comments' }, everyone('seen')],
  [
    'post a comment',
    {
      body: { author: { email: 'new@example.test', name: 'New' }, body: 'A kind word.' },
      method: 'post',
      path: '/api/articles/:article/comments',
    },
    // Signed-in people comment as themselves (the `author` is theirs, whatever the body says).
    everyone('done'),
  ],
  [
    'flag a comment',
    { body: { reason: 'spam' }, method: 'post', path: '/api/comments/:newComment/flags' },
    everyone('done'),
  ],
  [
    'moderate comments',
    { body: { action: 'approve', ids: [':comment'] }, method: 'post', path: '/api/comments/moderate' },
    only(commentModerators, 'done'),
  ],
  [
    'export a commenter’s comments',
    { method: 'get', path: '/api/comments/export?email=guest@example.test' },
    only(commentModerators, 'done'),
  ],
  [
    'erase a commenter’s comments',
    { body: { email: 'nobody@example.test' }, method: 'post', path: '/api/comments/erase' },
    only(commentModerators, 'done'),
  ],
  [
    'unsubscribe with a wrong token',
    { method: 'get', path: '/api/comments/:comment/unsubscribe?token=wrong' },
    everyone('gone'),
  ],
  ['an assessment’s form', { method: 'get', path: '/api/assessments/:slug/form' }, everyone('seen')],
  [
    'start a response',
    { body: { answers: {} }, method: 'post', path: '/api/assessments/:slug/responses' },
    everyone('done'),
  ],
  [
    'aggregate statistics',
    { method: 'get', path: '/api/assessments/:assessment/stats' },
    only(counselors, 'done'),
  ],
  [
    'key preview',
    { body: { dimensions: [] }, method: 'post', path: '/api/assessments/key-preview' },
    only(counselors, 'done'),
  ],
  // The counselor holds the respondent's grant on it; other counselors would not.
  // Admins read responses through every door (docs/assessments.md, "Privacy rules").
  [
    'a response’s result',
    { method: 'get', path: '/api/responses/:submitted/result' },
    { ...nobody('gone'), admin: 'done', counselor: 'done', reader: 'seen' },
  ],
  [
    'a response’s grants',
    { method: 'get', path: '/api/responses/:submitted/grants' },
    { ...nobody('gone'), reader: 'seen' },
  ],
  [
    'grant a counselor',
    { body: { counselor: ':counselor' }, method: 'post', path: '/api/responses/:submitted/grants' },
    { ...nobody('gone'), reader: 'done' },
  ],
  [
    'consent to a couple report',
    { body: { share: true }, method: 'post', path: '/api/responses/:coupleResponse/consent' },
    { ...nobody('gone'), reader: 'done' },
  ],
  [
    'invite a partner',
    { method: 'post', path: '/api/responses/:inviteResponse/invitation' },
    { ...nobody('gone'), reader: 'done' },
  ],
  [
    'a couple report before both consent',
    { method: 'get', path: '/api/couples/:couple/report' },
    { ...nobody('gone'), reader: 'deny' },
  ],
  [
    'who has agreed to share a couple report',
    { method: 'get', path: '/api/couples/:couple/consent' },
    { ...nobody('gone'), reader: 'seen' },
  ],
  ['who am I (staff)', { method: 'get', path: '/api/users/me' }, everyone('done')],
  ['who am I (readers)', { method: 'get', path: '/api/readers/me' }, everyone('done')],
  ['access (staff)', { method: 'get', path: '/api/access' }, everyone('done')],
  // The job runner: admins only (or the cron secret, which no role here holds).
  ['run queued jobs', { method: 'get', path: '/api/payload-jobs/run' }, only(admins, 'done')],
  [
    'the GraphQL schema',
    { body: { query: '{ __schema { queryType { name } } }' }, method: 'post', path: '/api/graphql' },
    everyone('done'),
  ],
]
