import type { SQL } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

export type Column = unknown
export type Table = Record<string, Column>
/** The few query-builder calls used, identical on drizzle's SQLite and PostgreSQL databases. */
export type Drizzle = {
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

/** The drizzle table of a collection (Payload names it after the slug in snake_case unless renamed). */
export const tableOf = (adapter: DrizzleAdapter, slug: string): Table => {
  const snake = slug.replace(/-/g, '_')
  return adapter.tables[adapter.tableNameMap.get(snake) ?? snake]
}
