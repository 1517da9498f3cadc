const day = 86_400_000

/** Days a share code lasts unless its counselor chooses otherwise. */
export const shareCodeDefaultDays = 30

/** The longest a share code may last, from its creation. */
export const shareCodeMaxDays = 365

/**
 * Why an expiry cannot be a share code's, or undefined when it can: it is a date after `now` (when it is
 * set) and at most `shareCodeMaxDays` after the code was created.
 */
export const shareCodeExpiryProblem = (
  expiresAt: unknown,
  createdAt: Date,
  now: Date,
  changed: boolean,
): string | undefined => {
  const at = typeof expiresAt === 'string' || expiresAt instanceof Date ? new Date(expiresAt) : null
  if (!at || Number.isNaN(at.getTime())) return 'Give the date the code stops working.'
  if (changed && at <= now) return 'The expiry must be in the future.'
  if (at.getTime() > createdAt.getTime() + shareCodeMaxDays * day)
    return `A code lasts at most ${shareCodeMaxDays} days from its creation.`
  return undefined
}
