export type FieldChange = { from?: unknown; to?: unknown; withheld?: true }

/** What the system derives or stamps on every write: not a decision anyone took. */
const derived = new Set([
  'authorName',
  'createdAt',
  'editedAt',
  'excerpt',
  'id',
  'moderation.bodyHash',
  'moderation.reasons',
  'moderation.summary',
  'updatedAt',
])

/**
 * What a person wrote or is known by: the log says that it changed, never what it said, so an
 * erasure leaves nothing behind in the log and the log is no second copy of readers' words.
 */
const personal = /^(body|author\.|moderation\.(authorKey|ipFingerprint))/

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const flatten = (doc: unknown, prefix = '', into: Record<string, unknown> = {}) => {
  if (!isObject(doc)) return into
  for (const [key, value] of Object.entries(doc)) {
    const path = `${prefix}${key}`
    // A relationship may come populated ({ id, … }) on one side and as an id on the other.
    if (isObject(value) && 'id' in value) into[path] = String(value.id)
    else if (isObject(value)) flatten(value, `${path}.`, into)
    else into[path] = value ?? null
  }
  return into
}

/** Every field a write changed on a comment, dot paths, with before and after (withheld when personal). */
export const commentChanges = (before: unknown, after: unknown): Record<string, FieldChange> => {
  const from = flatten(before)
  const to = flatten(after)
  const changes: Record<string, FieldChange> = {}
  for (const path of new Set([...Object.keys(from), ...Object.keys(to)])) {
    if (derived.has(path)) continue
    const was = from[path] ?? null
    const is = to[path] ?? null
    if (JSON.stringify(was) === JSON.stringify(is)) continue
    changes[path] = personal.test(path) ? { withheld: true } : { from: was, to: is }
  }
  return changes
}
