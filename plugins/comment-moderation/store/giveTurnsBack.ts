import type { PayloadRequest } from 'payload'

import type { RateLimitStore } from './RateLimitStore.js'

/**
 * Gives back the turns a comment claimed (`RateLimitStore.release`) when the
 * comment was not stored, so a client told 503 and `Retry-After` finds its turn
 * free when it comes back. Best effort: a store that cannot answer now (the
 * database that just failed the comment may still be busy) keeps the turn until
 * its interval is over.
 */
export const giveTurnsBack = async (
  store: RateLimitStore,
  keys: string[],
  at: Date,
  req: PayloadRequest,
): Promise<void> => {
  const release = store.release
  if (release) await Promise.allSettled(keys.map((key) => release(key, at, req)))
}
