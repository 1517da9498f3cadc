import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

type Args = Parameters<CollectionBeforeOperationHook>[0] | Parameters<GlobalBeforeOperationHook>[0]

/** Where in a document the first text holding a NUL character is (a key or a value), if any. */
const nulPath = (value: unknown, path: string, depth = 0): string | undefined => {
  if (typeof value === 'string') return value.includes('\u0000') ? path || '(body)' : undefined
  // Payload's own nesting stops far earlier; a deeper document is refused by its validation anyway.
  if (typeof value !== 'object' || value === null || depth > 64) return undefined
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key
    if (key.includes('\u0000')) return at
    const found = nulPath(item, at, depth + 1)
    if (found) return found
  }
  return undefined
}

/** The operations whose `data` reaches the database: writes, and the sign-in family's lookups by email or token. */
const withText = new Set(['create', 'forgotPassword', 'login', 'resetPassword', 'update'])

/**
 * A create, update, sign-in or password reset whose text holds a NUL character is a 400 naming the field:
 * PostgreSQL can neither store nor compare one ("invalid byte sequence", a 500 there, for a guest's comment,
 * a reader's name or a sign-in's email), and SQLite would keep what no reader can see. Whatever the API, since
 * the plugins' endpoints write through the Local API.
 */
export const refuseNulText = ({ args, operation }: Args) => {
  if (!withText.has(operation)) return args
  const path = nulPath((args as { data?: unknown }).data, '')
  if (!path) return args
  const message = 'Text may not contain the NUL character.'
  throw new APIError(message, 400, { errors: [{ message, path }] }, true)
}
