import type { PayloadRequest } from 'payload'

import type { RateLimitRule } from './rateLimitRule.js'

import { withSystemRights } from '../utilities/withSystemRights.js'
import { rateLimitKey } from './rateLimitKey.js'
import { rateLimitsSlug } from './rateLimitsCollection.js'

/** Forgets a subject's window (a successful login clears its failures). */
export const clearRateLimit = async (
  req: PayloadRequest,
  rule: Pick<RateLimitRule, 'bucket'>,
  subject: string,
) => {
  const key = rateLimitKey(req.payload.secret, rule.bucket, subject)
  await req.payload.delete({
    ...withSystemRights(req),
    collection: rateLimitsSlug,
    where: { key: { equals: key } },
  })
}
