import type { Payload } from 'payload'

type LibsqlClient = { execute: (sql: string) => Promise<{ rows: unknown[] }> }

/** Every table and index of a SQLite host, with the SQL that creates it: what a migration would change. */
export const sqliteSchemaOf = async (payload: Payload): Promise<unknown[]> => {
  const { client } = payload.db as unknown as { client: LibsqlClient }
  const { rows } = await client.execute(
    "select type, name, sql from sqlite_master where name not like 'sqlite_%' order by type, name",
  )
  return rows.map((row) => ({ ...(row as object) }))
}
