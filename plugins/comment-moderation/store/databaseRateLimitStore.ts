import type { CollectionSlug } from 'payload'

import type { RateLimitStore } from './RateLimitStore.js'

import { findFirst } from '../../../src/utilities/findFirst.js'

/**
 * The default store: one document per commenter key in the plugin's
 * `comment-rate-limits` collection, in whatever database Payload uses. The
 * key is unique, so two processes recording the same commenter at once end
 * with one document, not two.
 */
export const databaseRateLimitStore = (slug: CollectionSlug): RateLimitStore => ({
  lastAt: async (key, req) => {
    const doc = await findFirst<{ lastAt?: string }>(req, {
      collection: slug,
      where: { key: { equals: key } },
    })
    return doc?.lastAt ? new Date(doc.lastAt) : null
  },
  record: async (key, at, req) => {
    const data = { key, lastAt: at.toISOString() }
    const { docs } = await req.payload.update({
      collection: slug,
      data,
      depth: 0,
      overrideAccess: true,
      req,
      where: { key: { equals: key } },
    })
    if (docs.length === 0)
      await req.payload.create({ collection: slug, data, depth: 0, overrideAccess: true, req })
  },
})
