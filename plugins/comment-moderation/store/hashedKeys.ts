import type { RateLimitStore } from './RateLimitStore.js'

import { hashKey } from '../core/index.js'

/**
 * Any store, given only keyed hashes of the commenter keys: a guest's key holds
 * their email, which must not sit in the clear in a database or a Redis for the
 * life of the entry, nor outlive an erasure of that person.
 */
export const hashedKeys = (store: RateLimitStore): RateLimitStore => ({
  claim: (key, intervalMs, now, req) => store.claim(hashKey(req.payload.secret, key), intervalMs, now, req),
  claimsInTransaction: store.claimsInTransaction,
  release: async (key, at, req) => store.release?.(hashKey(req.payload.secret, key), at, req),
})
