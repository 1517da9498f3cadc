import { APIError } from 'payload'

import type { Caller, SanitizedCommentModerationConfig } from '../types.js'

import { messages } from '../messages.js'

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
    throw new APIError(
      messages.guestNeedsIdentity,
      400,
      {
        errors: [
          { message: 'Required for guests.', path: 'author.name' },
          { message: 'Required for guests.', path: 'author.email' },
        ],
      },
      true,
    )
  }
  const email = guest.email.toLowerCase()
  return { email, key: `email:${email}`, kind: 'guest', name: guest.name }
}
