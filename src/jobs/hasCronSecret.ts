import type { PayloadRequest } from 'payload'

import { createHash, timingSafeEqual } from 'node:crypto'

const digest = (value: string) => createHash('sha256').update(value).digest()

/**
 * Whether the request carries `Authorization: Bearer $CRON_SECRET` (an external scheduler
 * running the job queue). Digests are compared in constant time, so the answer's timing
 * says nothing about how much of a guess was right. Without CRON_SECRET nothing matches.
 */
export const hasCronSecret = (req: PayloadRequest): boolean => {
  const secret = process.env.CRON_SECRET
  const header = req.headers.get('authorization')
  if (!secret || !header?.startsWith('Bearer ')) return false
  return timingSafeEqual(digest(header.slice('Bearer '.length)), digest(secret))
}
