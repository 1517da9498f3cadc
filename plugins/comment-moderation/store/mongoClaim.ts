import type { Claim } from './RateLimitStore.js'
import type { ClaimArgs } from './sqlClaim.js'

import { refusedClaim } from './RateLimitStore.js'

/** The mongoose model methods used; `payload.db.collections[slug]` of @payloadcms/db-mongodb. */
type Model = {
  findOne: (
    filter: object,
    projection: null,
    options: object,
  ) => { lean: () => Promise<{ lastAt?: Date | string } | null> }
  findOneAndUpdate: (filter: object, update: object, options: object) => Promise<unknown>
}

/**
 * MongoDB (UNTESTED in this project: written and type-checked only). One
 * `findOneAndUpdate` with upsert, matching the key only where the stored time is
 * old enough: it updates that document, or inserts one when the key is new;
 * when the key exists with a recent time the insert hits the unique index
 * (E11000), which is the refusal.
 */
export const mongoClaim = async ({ intervalMs, key, now, req, slug }: ClaimArgs): Promise<Claim> => {
  const adapter = req.payload.db as unknown as {
    collections: Record<string, Model>
    sessions: Record<number | string, unknown>
  }
  const model = adapter.collections[slug]
  // Inside the request's transaction where it has one, as the adapter's own operations are.
  const session = req.transactionID ? adapter.sessions[await req.transactionID] : undefined
  const cutoff = new Date(now.getTime() - intervalMs)
  try {
    await model.findOneAndUpdate(
      { key, lastAt: { $lte: cutoff } },
      { $set: { lastAt: now } },
      { session, upsert: true },
    )
    return { allowed: true, retryAfterMs: 0 }
  } catch (error) {
    if ((error as { code?: number }).code !== 11000) throw error
    const doc = await model.findOne({ key }, null, { session }).lean()
    return refusedClaim(doc?.lastAt ? new Date(doc.lastAt) : null, intervalMs, now)
  }
}
