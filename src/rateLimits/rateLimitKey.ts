import { createHmac } from 'node:crypto'

/**
 * The stored key of a subject in a bucket. Keyed with the server's secret so that
 * emails and addresses are neither stored nor recoverable by hashing guesses.
 */
export const rateLimitKey = (secret: string, bucket: string, subject: string): string =>
  `${bucket}:${createHmac('sha256', secret).update(subject.trim().toLowerCase()).digest('hex')}`
