import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

type Args = Parameters<CollectionBeforeOperationHook>[0] | Parameters<GlobalBeforeOperationHook>[0]

/** The operations whose `data` reaches the database: writes, and the sign-in family's lookups by email or token. */
const withText = new Set(['create', 'forgotPassword', 'login', 'resetPassword', 'update'])

/** Half of a UTF-16 surrogate pair without its other half: JSON.stringify keeps it as `\ud800`, which jsonb refuses. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const problemOf = (text: string): string | undefined => {
  if (text.includes('\u0000')) return 'Text may not contain the NUL character.'
  if (loneSurrogate.test(text)) return 'Text must be valid Unicode: it holds half of a surrogate pair.'
  return undefined
}

type Found = { message: string; path: string }

/** The first text of a document (a key or a value) the database cannot hold, and where it is. */
const findUnstorable = (value: unknown, path: string, depth = 0): Found | undefined => {
  if (typeof value === 'string') {
    const message = problemOf(value)
    return message ? { message, path: path || '(body)' } : undefined
  }
  // Payload's own nesting stops far earlier; a deeper document is refused by its validation anyway.
  if (typeof value !== 'object' || value === null || depth > 64) return undefined
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key
    const message = problemOf(key)
    if (message) return { message, path: at }
    const found = findUnstorable(item, at, depth + 1)
    if (found) return found
  }
  return undefined
}

/**
 * A create, update, sign-in or password reset whose text holds a NUL character or a lone surrogate is a 400
 * naming the field: PostgreSQL can neither store nor compare a NUL ("invalid byte sequence"), and its jsonb
 * refuses a lone surrogate (rich text, answers): each was a 500 there, for a guest's comment, a reader's name or
 * a sign-in's email, while SQLite kept what no reader can see. Whatever the API, since the plugins' endpoints
 * write through the Local API.
 */
export const refuseUnstorableText = ({ args, operation }: Args) => {
  if (!withText.has(operation)) return args
  const found = findUnstorable((args as { data?: unknown }).data, '')
  if (!found) return args
  throw new APIError(found.message, 400, { errors: [found] }, true)
}
