import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { findUnstorable } from '../utilities/findUnstorable.js'

type Args = Parameters<CollectionBeforeOperationHook>[0] | Parameters<GlobalBeforeOperationHook>[0]

/** The operations whose `data` reaches the database: writes, and the sign-in family's lookups by email or token. */
const withText = new Set(['create', 'forgotPassword', 'login', 'resetPassword', 'update'])

/**
 * A create, update, sign-in or password reset whose text holds a NUL character or a lone surrogate is a 400
 * naming the field: PostgreSQL can neither store nor compare a NUL ("invalid byte sequence"), and its jsonb
 * refuses a lone surrogate (rich text, answers): each was a 500 there, for a guest's comment, a reader's name or
 * a sign-in's email, while SQLite kept what no reader can see. Whatever the API, since the plugins' endpoints
 * write through the Local API.
 */
export const refuseUnstorableText = ({ args, operation }: Args) => {
  if (!withText.has(operation)) return args
  const found = findUnstorable((args as { data?: unknown }).data)
  if (!found) return args
  throw new APIError(found.message, 400, { errors: [found] }, true)
}
