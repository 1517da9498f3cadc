import { timingSafeEqual } from 'node:crypto'

import { hashSecret } from './hashSecret.js'

/** Compares in constant time, so response times do not leak how much of a hash matched. */
export const secretMatches = (
  secret: null | string | undefined,
  storedHash: null | string | undefined,
): boolean => {
  if (!secret || !storedHash || storedHash.length !== 64) return false
  return timingSafeEqual(Buffer.from(hashSecret(secret), 'hex'), Buffer.from(storedHash, 'hex'))
}
