import fc from 'fast-check'

/** Percent-encodes every byte of the UTF-8 form (lone surrogates included, which encodeURIComponent refuses). */
export const encode = (value: string): string =>
  [...Buffer.from(value, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')

/** The largest body the fuzzer sends: the API's body limit (1 MiB). */
export const bodyLimit = 1024 * 1024

/** Strings that have broken parsers before: unicode edge cases, control characters, injections. */
const nasty = [
  '',
  ' ',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '😀👨‍👩‍👧',
  'ﷺ',
  'Ω≈ç√∫',
  '../../etc/passwd',
  "' OR 1=1 --",
  '{"$gt":""}',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  '%',
  '%00',
  '%E0%A4%A',
  '%zz',
  '\\',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
  '9007199254740993',
]

export const nastyString = fc.constantFrom(...nasty)

/** A string of any size up to the body limit, mostly short. */
export const anyString = fc.oneof(
  { arbitrary: fc.string({ maxLength: 40 }), weight: 60 },
  { arbitrary: fc.string({ maxLength: 40, unit: 'binary' }), weight: 30 },
  { arbitrary: nastyString, weight: 40 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom('a', 'é', '😀', '\u0000', ' '), fc.integer({ max: bodyLimit / 4, min: 1000 }))
      .map(([unit, size]) => unit.repeat(size)),
    weight: 1,
  },
)

/** JSON of any shape, with the values most likely to be mistaken for something else. */
export const anyJSON: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: anyString, weight: 3 },
    { arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, 2 ** 53, 1e308)), weight: 2 },
    { arbitrary: fc.constantFrom(true, false, null), weight: 2 },
    { arbitrary: fc.array(tie('value'), { maxLength: 5 }), weight: 1 },
    {
      arbitrary: fc.dictionary(fc.oneof(fc.string({ maxLength: 12 }), nastyString), tie('value'), {
        maxKeys: 5,
      }),
      weight: 2,
    },
  ),
})).value

/** Ids: the fixtures' real ones, random UUIDs, and things that are not ids at all. */
export const anyID = (known: string[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...known), weight: 4 },
    { arbitrary: fc.uuid(), weight: 2 },
    {
      arbitrary: fc.constantFrom(
        'versions',
        'count',
        'me',
        '0',
        '-1',
        '1.5',
        'null',
        '%00',
        '%zz',
        '%E0%A4%A',
        '..',
        'a'.repeat(300),
      ),
      weight: 2,
    },
    { arbitrary: fc.string({ maxLength: 20 }).map(encode), weight: 1 },
  )

/** A `where` as query-string pairs, sometimes nested far deeper than anyone would. */
export const whereQuery = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        'id',
        'title',
        'slug',
        'email',
        'status',
        'author.email',
        'moderation.ipFingerprint',
        'tokenHash',
        'hash',
        'answers',
        'createdAt',
        'publishedAt',
        'x.y.z',
        '_status',
      ),
      fc.constantFrom(
        'equals',
        'not_equals',
        'like',
        'contains',
        'in',
        'exists',
        'greater_than',
        'near',
        'within',
        'all',
        'bogus',
      ),
      anyString.filter((value) => value.length < 2000),
    )
    .map(([field, operator, value]) => `where[${field}][${operator}]=${encode(value)}`),
  fc
    .tuple(fc.integer({ max: 200, min: 1 }), fc.constantFrom('and', 'or'))
    .map(([depth, join]) => `where${`[${join}][0]`.repeat(depth)}[id][equals]=1`),
  fc.constantFrom(
    'where=1',
    'where[]=x',
    'where[and]=x',
    'where[or][0]=x',
    'where[id]=%zz',
    'where[title][equals][0]=a&where[title][equals][1]=b',
    // Dates Payload cannot read reached the SQL driver as `undefined`: a 500 for anyone.
    'where[createdAt][less_than]=2026-13-45',
    'where[publishedAt][equals]=1e309',
    'where[updatedAt][in]=2026-01-01,never',
  ),
)

/** A query string: where, sort, paging, depth, select, populate, locale, draft, and garbage. */
export const anyQuery = fc
  .array(
    fc.oneof(
      whereQuery,
      fc
        .tuple(
          fc.constantFrom(
            'sort',
            'limit',
            'page',
            'depth',
            'draft',
            'locale',
            'select[title]',
            'populate[x]',
            'joins',
            'trash',
            'pagination',
            'token',
            'invitation',
            'version',
            'email',
            'reader',
          ),
          anyString.filter((value) => value.length < 500),
        )
        .map(([key, value]) => `${key}=${encode(value)}`),
      fc.constantFrom(
        '%',
        '%zz',
        '%E0%A4%A',
        'a=%',
        '=',
        '&&',
        'sort=-',
        'limit=-1',
        'limit=1e9',
        'depth=100',
        'page=0',
        '__proto__[x]=1',
        'constructor[prototype][x]=1',
      ),
    ),
    { maxLength: 4 },
  )
  .map((parts) => (parts.length ? `?${parts.join('&')}` : ''))
