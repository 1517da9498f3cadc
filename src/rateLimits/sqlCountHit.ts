import type { PayloadRequest } from 'payload'

import { lt, lte, or, sql } from 'drizzle-orm'

// The plugin's narrow view of Payload's drizzle adapters; the plugin may not import the host, the reverse is fine.
import { type DrizzleAdapter, drizzleOf, tableOf } from '@kindred/plugin-shared'
import { rateLimitsSlug } from './rateLimitsCollection.js'

export type CountHitArgs = { key: string; limit: number; now: Date; req: PayloadRequest; windowMs: number }

/**
 * One statement on SQLite and PostgreSQL: insert the key with a count of 1, or
 * restart an expired window at 1, or add 1 to a running window that is under
 * its limit; `RETURNING` gives the new count, and nothing when the limit was
 * reached (the refused hit is not counted). The database serialises writers on
 * the unique key, so concurrent hits are each counted exactly once.
 * Returns the count after this hit, or null when it was refused.
 */
export const sqlCountHit = async ({
  key,
  limit,
  now,
  req,
  windowMs,
}: CountHitArgs): Promise<null | number> => {
  const adapter = req.payload.db as unknown as DrizzleAdapter
  const table = tableOf(adapter, rateLimitsSlug)
  const db = await drizzleOf(adapter, req)
  const at = now.toISOString()
  const freshReset = new Date(now.getTime() + windowMs).toISOString()
  const expired = lte(table.resetAt as never, at)
  const rows = await db
    .insert(table)
    .values({ count: 1, key, resetAt: freshReset })
    .onConflictDoUpdate({
      set: {
        count: sql`CASE WHEN ${expired} THEN 1 ELSE ${table.count} + 1 END`,
        resetAt: sql`CASE WHEN ${expired} THEN ${freshReset} ELSE ${table.resetAt} END`,
      },
      setWhere: or(expired, lt(table.count as never, limit))!,
      target: table.key,
    })
    .returning({ count: table.count })
  const [row] = rows as { count: number | string }[]
  return row ? Number(row.count) : null
}
