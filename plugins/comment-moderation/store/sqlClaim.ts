import type { CollectionSlug, PayloadRequest } from 'payload'

import { eq, lte } from 'drizzle-orm'

import type { Claim } from './RateLimitStore.js'

import { type DrizzleAdapter, drizzleOf, tableOf } from '@kindred/plugin-shared'
import { refusedClaim } from './RateLimitStore.js'

export type ClaimArgs = {
  intervalMs: number
  key: string
  now: Date
  req: PayloadRequest
  slug: CollectionSlug
}

/**
 * `INSERT … ON CONFLICT (key) DO UPDATE SET lastAt = now WHERE lastAt <= now - interval
 * RETURNING key`: a row comes back only when the claim is allowed. The database
 * serialises writers on the key, so concurrent claims cannot both see the old time.
 */
export const sqlClaim = async ({ intervalMs, key, now, req, slug }: ClaimArgs): Promise<Claim> => {
  const adapter = req.payload.db as unknown as DrizzleAdapter
  const table = tableOf(adapter, slug)
  const db = await drizzleOf(adapter, req)
  const at = now.toISOString()
  const cutoff = new Date(now.getTime() - intervalMs).toISOString()
  const won = await db
    .insert(table)
    .values({ key, lastAt: at })
    .onConflictDoUpdate({
      set: { lastAt: at },
      setWhere: lte(table.lastAt as never, cutoff),
      target: table.key,
    })
    .returning({ key: table.key })
  if (won.length > 0) return { allowed: true, retryAfterMs: 0 }
  const [row] = await db
    .select({ lastAt: table.lastAt })
    .from(table)
    .where(eq(table.key as never, key))
  return refusedClaim(row?.lastAt ? new Date(row.lastAt) : null, intervalMs, now)
}
