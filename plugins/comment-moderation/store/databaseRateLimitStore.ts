import type { CollectionSlug } from 'payload'

import type { RateLimitStore } from './RateLimitStore.js'

import { withSystemRights } from '../operations/withSystemRights.js'
import { atomicClaimFor } from './atomicClaimFor.js'

/**
 * The default store: one document per commenter key in the plugin's
 * `comment-rate-limits` collection, in whatever database Payload uses. Claims
 * are one conditional upsert on the unique key (see `atomicClaimFor`), so two
 * processes claiming the same commenter at once get one "allowed", never a
 * duplicate-key error. The collection is closed to everyone (access): the store
 * reads it with the system's rights.
 */
export const databaseRateLimitStore = (slug: CollectionSlug): RateLimitStore => ({
  claim: (key, intervalMs, now, req) => atomicClaimFor(req.payload.db)({ intervalMs, key, now, req, slug }),
  claimsInTransaction: true,
  release: async (key, at, req) => {
    // Only the claim made at `at`: a later claim (the commenter's next, allowed turn) stays.
    await req.payload.delete({
      ...withSystemRights(req),
      collection: slug,
      where: { and: [{ key: { equals: key } }, { lastAt: { equals: at.toISOString() } }] },
    })
  },
})
