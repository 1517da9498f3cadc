import crypto from 'node:crypto'

// Payload 3.90's current password hash (payload/dist/auth/strategies/local/generatePasswordSaltHash.js):
// PBKDF2-HMAC-SHA256, 600 000 iterations, 32 bytes. Keep in step when upgrading Payload
// (tests/security/accounts.test.ts compares the timing of both answers).
const iterations = 600_000
const keyLength = 32
const salt = crypto.randomBytes(32).toString('hex')

/**
 * Spends what checking or setting a password costs, for a request that has no account to
 * check it against: without it, "no such account" answers in a few milliseconds and
 * "wrong password" in a few hundred, which tells anyone which emails have accounts.
 */
export const hashForNobody = (password: string): Promise<void> =>
  new Promise((resolve) => crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', () => resolve()))
