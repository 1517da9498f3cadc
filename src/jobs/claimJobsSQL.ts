import type { DrizzleAdapter } from '@payloadcms/drizzle/types'
import type { Where } from 'payload'

import { buildQuery } from '@payloadcms/drizzle'
import { and, inArray } from 'drizzle-orm'

/**
 * Marks the given jobs `processing` in one conditional UPDATE … RETURNING that
 * re-checks `where` row by row, and answers the ids it changed. Two processes
 * racing for the same job both send the statement; the database lets one
 * change the row (PostgreSQL locks it and re-evaluates the condition for the
 * second; SQLite runs one writer at a time), so the other gets no row back.
 */
export const claimJobsSQL = async (
  adapter: DrizzleAdapter,
  ids: (number | string)[],
  where: Where,
  now: string,
): Promise<(number | string)[]> => {
  const tableName = adapter.tableNameMap.get('payload_jobs')!
  const table = adapter.tables[tableName]
  const condition = buildQuery({
    adapter,
    fields: adapter.payload.collections['payload-jobs'].config.flattenedFields,
    tableName,
    where,
  })
  // The condition touches top-level columns only; a join would mean Payload changed the jobs' shape.
  if (condition.joins.length) throw new Error('claimJobsSQL: the claim condition needs a join')
  // Drizzle's tables are typed per dialect; the statement is the same on both.
  const db = adapter.drizzle as unknown as {
    update: (table: unknown) => {
      set: (values: Record<string, unknown>) => {
        where: (sql: unknown) => { returning: (columns: unknown) => Promise<{ id: number | string }[]> }
      }
    }
  }
  const claimed = await db
    .update(table)
    .set({ processing: true, updatedAt: now })
    .where(and(inArray(table.id!, ids), condition.where))
    .returning({ id: table.id })
  return claimed.map((row) => row.id)
}
