import type { TypedUser } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'
import { relationID } from '../../../src/utilities/relationID.js'

type Authored = { author?: { reader?: unknown; staff?: unknown } }

/** Whether the signed-in reader or staff member wrote the comment. Guests have no account to prove it with. */
export const isAuthorOf = (
  comment: Authored,
  user: null | TypedUser | undefined,
  options: SanitizedCommentModerationConfig,
): boolean =>
  Boolean(
    user &&
    ((user.collection === options.readersSlug && relationID(comment.author?.reader) === String(user.id)) ||
      (user.collection === options.staffSlug && relationID(comment.author?.staff) === String(user.id))),
  )
