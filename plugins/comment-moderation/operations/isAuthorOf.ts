import type { TypedUser } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

type Authored = { author?: { reader?: unknown; staff?: unknown } }

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? String((value as { id: unknown }).id) : String(value)

/** Whether the signed-in reader or staff member wrote the comment. Guests have no account to prove it with. */
export const isAuthorOf = (
  comment: Authored,
  user: null | TypedUser | undefined,
  options: SanitizedCommentModerationConfig,
): boolean =>
  Boolean(
    user &&
    ((user.collection === options.readersSlug && idOf(comment.author?.reader) === String(user.id)) ||
      (user.collection === options.staffSlug && idOf(comment.author?.staff) === String(user.id))),
  )
