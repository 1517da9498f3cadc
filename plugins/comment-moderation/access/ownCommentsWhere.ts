import type { TypedUser, Where } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

/**
 * The comments a signed-in reader or staff member wrote and has not deleted:
 * the one rule of authorship, shared by the collection's access (REST, GraphQL,
 * the admin panel) and the author's own endpoints. Guests have no account to
 * prove authorship with: false.
 */
export const ownCommentsWhere = (
  user: null | TypedUser | undefined,
  options: SanitizedCommentModerationConfig,
): false | Where => {
  if (!user) return false
  const author =
    user.collection === options.readersSlug
      ? 'author.reader'
      : user.collection === options.staffSlug
        ? 'author.staff'
        : undefined
  if (!author) return false
  return { and: [{ [author]: { equals: user.id } }, { deleted: { not_equals: true } }] }
}
