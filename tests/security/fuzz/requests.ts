import fc from 'fast-check'

import { familyWeights, type Known, type Method, type Route, routes } from './routes.js'
import { anyID, anyJSON, anyQuery, anyString, bodyLimit } from './values.js'

export type FuzzRequest = {
  as: 'admin' | 'anonymous'
  body?: Buffer
  family: string
  headers: Record<string, string>
  method: Method
  path: string
}

/** Field names the API's bodies use, so generated objects reach past the first check. */
const vocabulary = [
  'title',
  'content',
  'body',
  'author',
  'name',
  'email',
  'password',
  'displayName',
  'roles',
  'slug',
  'status',
  '_status',
  'answers',
  'submit',
  'invitation',
  'share',
  'counselor',
  'reason',
  'note',
  'action',
  'ids',
  'reader',
  'parent',
  'notifyOnReply',
  'website',
  'token',
  'alt',
  'publishedAt',
  'categories',
  'authors',
  'dimensions',
  'questions',
  'overall',
  'prompt',
  'type',
  'scale',
  'options',
  'heldWords',
  'blockedWords',
  'preModeration',
  'target',
  'key',
  'value',
  'user',
  'document',
  'input',
  'taskSlug',
  'query',
  'variables',
  'operationName',
  'id',
  'createdAt',
  '__proto__',
]

const plausibleObject = fc.dictionary(fc.constantFrom(...vocabulary), anyJSON, { maxKeys: 6 })

/** GraphQL documents: real queries and mutations, deep or wide ones, and broken syntax. */
const graphqlQuery = fc.oneof(
  fc.constantFrom(
    '{ Articles { docs { id title content populatedAuthors { name } } } }',
    '{ Comments { docs { id body author { email } moderation { ipFingerprint } } } }',
    '{ Users { docs { id email roles } } }',
    '{ Responses { docs { id answers scores } } }',
    '{ Readers { docs { id email _verified } } }',
    '{ meUser { user { id email } } }',
    '{ ModerationSetting { blockedWords heldWords } }',
    '{ __schema { types { name fields { name } } } }',
    'mutation { createArticle(data: { title: "x" }) { id } }',
    'mutation { loginUser(email: "a@b.c", password: "x") { token } }',
    'mutation { forgotPasswordReader(email: "a@b.c") }',
    'mutation { updateComment(id: "1", data: { status: approved }) { id } }',
    '{ Articles(where: { title: { like: "%" } }, sort: "-nope", limit: -1) { docs { id } } }',
    '{',
    'query { ...F } fragment F on Query { ...F }',
    'subscription { x }',
  ),
  fc
    .integer({ max: 300, min: 2 })
    .map((n) => `{ Articles { docs { ${'categories { '.repeat(n)}id${' }'.repeat(n)} } } }`),
  fc
    .integer({ max: 2000, min: 2 })
    .map((n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: Articles { totalDocs }`).join(' ')} }`),
  anyString,
)

const boundary = 'fuzzBoundary7MA4YWxkTrZu0gW'
const multipart = (
  parts: { content: Buffer | string; filename?: string; name: string; type?: string }[],
  close = true,
) =>
  Buffer.concat([
    ...parts.map((part) =>
      Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ''}\r\n`,
        ),
        Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content),
        Buffer.from('\r\n'),
      ]),
    ),
    Buffer.from(close ? `--${boundary}--\r\n` : ''),
  ])

/** A tiny valid PNG, and bytes that only claim to be one. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

type Body = { body?: Buffer; contentType?: string }

const jsonBody = (value: unknown): Body => ({
  body: Buffer.from(JSON.stringify(value) ?? 'null'),
  contentType: 'application/json',
})

/**
 * Documents a route would accept — a category or article title, a comment, an assessment's answers —
 * so that writes succeed often enough for the acknowledged-writes check to mean something.
 */
const wellFormed = (known: Known): fc.Arbitrary<Body> =>
  fc
    .oneof(
      fc.record({ title: fc.string({ maxLength: 60, minLength: 1 }) }),
      fc.record({
        author: fc.record({ email: fc.emailAddress(), name: fc.string({ maxLength: 30, minLength: 1 }) }),
        body: fc.string({ maxLength: 400, minLength: 1 }),
      }),
      fc.record({
        answers: fc.record(
          Object.fromEntries(known.questions.map((id) => [id, fc.integer({ max: 5, min: 1 })])),
          { requiredKeys: [] },
        ),
        submit: fc.boolean(),
      }),
    )
    .map(jsonBody)

const bodies = (known: Known): fc.Arbitrary<Body> =>
  fc.oneof(
    { arbitrary: fc.constant<Body>({}), weight: 3 },
    { arbitrary: wellFormed(known), weight: 5 },
    { arbitrary: plausibleObject.map(jsonBody), weight: 8 },
    { arbitrary: anyJSON.map(jsonBody), weight: 3 },
    {
      arbitrary: fc.record({ query: graphqlQuery, variables: fc.option(plausibleObject) }).map(jsonBody),
      weight: 3,
    },
    {
      arbitrary: fc
        .constantFrom(
          '{',
          '{"a":',
          '[1,2',
          '{"a":1}}',
          'nul',
          '\u0000',
          '{"__proto__":{"x":1}}',
          '{"a":1,"a":2}',
          '"x"',
          '1e999999',
        )
        .map((text) => ({ body: Buffer.from(text), contentType: 'application/json' })),
      weight: 2,
    },
    {
      arbitrary: fc
        .uint8Array({ maxLength: 200 })
        .map((bytes) => ({ body: Buffer.from(bytes), contentType: 'application/json' })),
      weight: 1,
    },
    {
      arbitrary: fc.integer({ max: bodyLimit - 64, min: 10_000 }).map((size) => ({
        body: Buffer.from(JSON.stringify({ body: 'x'.repeat(size), title: 'é'.repeat(16) })),
        contentType: 'application/json',
      })),
      weight: 1,
    },
    {
      arbitrary: plausibleObject.map((value) => ({
        body: multipart([
          { content: JSON.stringify({ alt: 'Fuzzed', ...value }), name: '_payload' },
          { content: png, filename: 'f.png', name: 'file', type: 'image/png' },
        ]),
        contentType: `multipart/form-data; boundary=${boundary}`,
      })),
      weight: 2,
    },
    {
      arbitrary: fc
        .tuple(
          anyString,
          fc.boolean(),
          fc.constantFrom('file', '_payload', 'x', ''),
          fc.uint8Array({ maxLength: 300 }),
          fc.constantFrom(
            `multipart/form-data; boundary=${boundary}`,
            'multipart/form-data',
            'multipart/form-data; boundary=other',
            `multipart/form-data; boundary="${boundary}"`,
          ),
        )
        .map(([text, close, name, bytes, contentType]) => ({
          body: multipart(
            [
              { content: text, name: '_payload' },
              { content: Buffer.from(bytes), filename: '../x.png', name, type: 'image/png' },
            ],
            close,
          ),
          contentType,
        })),
      weight: 2,
    },
    {
      arbitrary: fc
        .tuple(
          fc.constantFrom('a=1&b=2', 'email=a%40b.c&password=x', '%zz=1', 'body=%E0%A4%A', '_payload=%7B%7D'),
          fc.constantFrom('application/x-www-form-urlencoded', 'text/plain'),
        )
        .map(([text, contentType]) => ({ body: Buffer.from(text), contentType })),
      weight: 1,
    },
  )

const contentTypes = fc.constantFrom(
  undefined,
  'application/json',
  'application/json; charset=utf-16',
  'APPLICATION/JSON',
  'text/plain',
  'application/graphql',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'application/json, text/html',
  '*/*',
  'x',
)

const extraHeaders = fc.dictionary(
  fc.constantFrom(
    'Accept',
    'Accept-Language',
    'Authorization',
    'Cookie',
    'Origin',
    'Referer',
    'X-Forwarded-For',
    'X-Forwarded-Proto',
    'X-Forwarded-Host',
    'Host',
    'X-Response-Token',
    'X-HTTP-Method-Override',
    'Content-Encoding',
    'Range',
    'If-None-Match',
  ),
  fc.oneof(
    fc.constantFrom(
      'JWT x',
      'Bearer x',
      'JWT ',
      'payload-token=x',
      'gzip',
      'bytes=0-1',
      '1.2.3.4, ::1',
      '::ffff:127.0.0.1',
      'http://evil.example',
      'kindred.example:99999',
      '[:]',
      'DELETE',
      'x'.repeat(4000),
    ),
    fc.string({ maxLength: 30 }).map((value) => value.replace(/[^\x20-\x7e]/g, '')),
  ),
  { maxKeys: 2 },
)

/** A route of a family drawn by `familyWeights`: every family, every route in it. */
const unweighted = routes.filter((route) => !(route.family in familyWeights))
if (unweighted.length) throw new Error(`No weight for the family ${unweighted[0].family}`)
const anyRoute: fc.Arbitrary<Route> = fc.oneof(
  ...Object.entries(familyWeights).map(([family, weight]) => {
    const members = routes.filter((route) => route.family === family)
    if (members.length === 0) throw new Error(`No routes in the family ${family}`)
    return { arbitrary: fc.constantFrom(...members), weight }
  }),
)

/** One request of any shape to any route; `known` aims some of them at real documents. */
export const fuzzRequest = (known: Known): fc.Arbitrary<FuzzRequest> =>
  fc
    .record({
      as: fc.constantFrom<FuzzRequest['as']>('anonymous', 'anonymous', 'admin'),
      body: bodies(known),
      contentType: fc.option(contentTypes, { freq: 4 }),
      headers: extraHeaders,
      id: anyID(known.ids),
      query: anyQuery,
      route: anyRoute,
    })
    .map(({ as, body, contentType, headers, id, query, route }) => {
      // The admin only reads and creates: its session must survive, and its writes stay checkable.
      const admin =
        as === 'admin' &&
        (route.method === 'GET' || route.method === 'POST') &&
        !route.path(id, known).endsWith('/logout')
      const type = contentType === null ? body.contentType : contentType
      return {
        as: admin ? 'admin' : 'anonymous',
        body: route.method === 'GET' ? undefined : body.body,
        family: route.family,
        headers: { ...headers, ...(type ? { 'Content-Type': type } : {}) },
        method: route.method,
        path: `${route.path(id, known)}${query}`,
      } satisfies FuzzRequest
    })
