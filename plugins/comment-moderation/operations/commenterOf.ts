import type { Caller, SanitizedCommentModerationConfig } from '../types.js'

import { CommentRefusal } from '../CommentRefusal.js'

export type Commenter =
  | { email: string; kind: 'guest'; key: string; name: string }
  | { kind: 'reader'; key: string; name: string; readerID: string }
  | { kind: 'staff'; key: string; name: string; staffID: string }

/**
 * Who is commenting: the signed-in reader or staff member, or a guest who
 * gave a name and an email. `key` groups one person's comments for the rate
 * limit, duplicates and trust (guests by their email, lower-cased).
 */
export const commenterOf = (
  { user }: Pick<Caller, 'user'>,
  options: SanitizedCommentModerationConfig,
  guest?: { email: string; name: string },
): Commenter => {
  if (user?.collection === options.readersSlug) {
    const name = (user as { displayName?: string }).displayName ?? 'Reader'
    return { key: `reader:${user.id}`, kind: 'reader', name, readerID: String(user.id) }
  }
  if (user?.collection === options.staffSlug) {
    const name = (user as { name?: string }).name ?? 'Staff'
    return { key: `staff:${user.id}`, kind: 'staff', name, staffID: String(user.id) }
  }
  if (!guest) {
    throw new CommentRefusal('guestNeedsIdentity', { fields: ['author.name', 'author.email'] })
  }
  const email = guest.email.toLowerCase()
  return { email, key: `email:${email}`, kind: 'guest', name: guest.name }
}
