import { randomBytes } from 'node:crypto'

/** A fresh secret (a result token or an invitation code): 32 random bytes, URL-safe. */
export const newSecret = (): string => randomBytes(32).toString('base64url')
