import type { CollectionSlug } from 'payload'

import type { RateLimitStore } from './RateLimitStore.js'

import { findOne } from '../operations/findOne.js'
import { withSystemRights } from '../operations/withSystemRights.js'

/**
 * The default store: one document per commenter key in the plugin's
 * `comment-rate-limits` collection, in whatever database Payload uses. The
 * key is unique, so two processes recording the same commenter at once end
 * with one document, not two. The collection is closed to everyone (access):
 * the store reads and writes it with the system's rights.
 */
export const databaseRateLimitStore = (slug: CollectionSlug): RateLimitStore => ({
  lastAt: async (key, req) => {
    const doc = await findOne<{ lastAt?: string }>({
      ...withSystemRights(req),
      collection: slug,
      where: { key: { equals: key } },
    })
    return doc?.lastAt ? new Date(doc.lastAt) : null
  },
  record: async (key, at, req) => {
    const data = { key, lastAt: at.toISOString() }
    const { docs } = await req.payload.update({
      ...withSystemRights(req),
      collection: slug,
      data,
      depth: 0,
      where: { key: { equals: key } },
    })
    if (docs.length === 0)
      await req.payload.create({ ...withSystemRights(req), collection: slug, data, depth: 0 })
  },
})
