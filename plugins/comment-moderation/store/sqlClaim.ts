import type { SQL } from 'drizzle-orm'
import type { CollectionSlug, PayloadRequest } from 'payload'

import { eq, lte } from 'drizzle-orm'

import type { Claim } from './RateLimitStore.js'

import { refusedClaim } from './RateLimitStore.js'

export type ClaimArgs = {
  intervalMs: number
  key: string
  now: Date
  req: PayloadRequest
  slug: CollectionSlug
}

type Column = unknown
type Table = Record<string, Column>
/** The few query-builder calls used, identical on drizzle's SQLite and PostgreSQL databases. */
type Drizzle = {
  insert: (table: Table) => {
    values: (row: Record<string, unknown>) => {
      onConflictDoUpdate: (upsert: { set: Record<string, unknown>; setWhere: SQL; target: Column }) => {
        returning: (fields: Record<string, Column>) => Promise<unknown[]>
      }
    }
  }
  select: (fields: Record<string, Column>) => {
    from: (table: Table) => { where: (condition: SQL) => Promise<{ lastAt: null | string }[]> }
  }
}
/** The drizzle adapters' own fields this needs (shared by @payloadcms/db-sqlite and db-postgres). */
export type DrizzleAdapter = {
  drizzle: Drizzle
  sessions: Record<number | string, { db: Drizzle } | undefined>
  tableNameMap: Map<string, string>
  tables: Record<string, Table>
}

/** The request's transaction where it has one (as @payloadcms/drizzle's getTransaction), else the pool. */
export const drizzleOf = async (adapter: DrizzleAdapter, req: PayloadRequest): Promise<Drizzle> =>
  req.transactionID ? (adapter.sessions[await req.transactionID]?.db ?? adapter.drizzle) : adapter.drizzle

/**
 * `INSERT … ON CONFLICT (key) DO UPDATE SET lastAt = now WHERE lastAt <= now - interval
 * RETURNING key`: a row comes back only when the claim is allowed. The database
 * serialises writers on the key, so concurrent claims cannot both see the old time.
 */
export const sqlClaim = async ({ intervalMs, key, now, req, slug }: ClaimArgs): Promise<Claim> => {
  const adapter = req.payload.db as unknown as DrizzleAdapter
  const snake = slug.replace(/-/g, '_')
  const table = adapter.tables[adapter.tableNameMap.get(snake) ?? snake]
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
