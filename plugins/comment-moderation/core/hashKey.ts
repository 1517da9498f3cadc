import { createHmac } from 'node:crypto'

/**
 * An HMAC-SHA256 hex digest of an identifying key (`email:<address>`, `reader:<id>`), keyed with the
 * server's secret: stores match a commenter by it without holding the email, and an email cannot be
 * recovered from it by hashing guesses. Emails are compared lower-cased.
 */
export const hashKey = (secret: string, key: string): string => {
  if (secret.length === 0) throw new Error('hashKey needs a non-empty secret')
  return createHmac('sha256', secret).update(key.trim().toLowerCase()).digest('hex')
}
