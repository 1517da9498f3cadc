import type { PayloadRequest } from 'payload'

import type { Caller, SanitizedAssessmentScoringConfig } from '../types.js'

import { ScoringRefusal } from '../ScoringRefusal.js'

/**
 * Counts one share-code attempt of the caller's address (`limitShareCodeAttempts`), before the code is
 * looked up, so guessing is bounded whether a guess is right or wrong; past the limit, 429 with `Retry-After`.
 */
export const throttleShareCodes = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  caller: Caller,
) => {
  const limit = await options.limitShareCodeAttempts({ client: caller.client ?? 'unknown', req })
  if (limit.allowed) return
  const retryAfterSeconds = Math.max(1, Math.ceil(limit.retryAfterSeconds))
  // As clients and proxies expect a 429: Payload adds the request's response headers to its error answer.
  req.responseHeaders = new Headers(req.responseHeaders)
  req.responseHeaders.set('Retry-After', String(retryAfterSeconds))
  throw new ScoringRefusal('tooManyCodeAttempts', { retryAfterSeconds })
}
