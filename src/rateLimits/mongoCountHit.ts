import type { CountHitArgs } from './sqlCountHit.js'

import { rateLimitsSlug } from './rateLimitsCollection.js'

/** The mongoose model method used; `payload.db.collections[slug]` of @payloadcms/db-mongodb. */
type Model = {
  findOneAndUpdate: (
    filter: object,
    update: object[],
    options: object,
  ) => { lean: () => Promise<{ count: number } | null> }
}

/**
 * MongoDB (UNTESTED in this project: written and type-checked only). One
 * `findOneAndUpdate` with an update pipeline and upsert, matching the key only
 * where the window has expired or is under its limit: it restarts or increments
 * that document, or inserts a new one; when the key exists at its limit, the
 * insert hits the unique index (E11000), which is the refusal.
 */
export const mongoCountHit = async ({
  key,
  limit,
  now,
  req,
  windowMs,
}: CountHitArgs): Promise<null | number> => {
  const adapter = req.payload.db as unknown as {
    collections: Record<string, Model>
    sessions: Record<number | string, unknown>
  }
  // Inside the request's transaction where it has one, as the adapter's own operations are.
  const session = req.transactionID ? adapter.sessions[await req.transactionID] : undefined
  const expired = { $lte: [{ $ifNull: ['$resetAt', new Date(0)] }, now] }
  try {
    const doc = await adapter.collections[rateLimitsSlug]
      .findOneAndUpdate(
        { $or: [{ resetAt: { $lte: now } }, { count: { $lt: limit } }], key },
        [
          {
            $set: {
              count: { $cond: [expired, 1, { $add: ['$count', 1] }] },
              resetAt: { $cond: [expired, new Date(now.getTime() + windowMs), '$resetAt'] },
            },
          },
        ],
        { new: true, session, upsert: true },
      )
      .lean()
    return doc ? doc.count : null
  } catch (error) {
    if ((error as { code?: number }).code === 11000) return null
    throw error
  }
}
