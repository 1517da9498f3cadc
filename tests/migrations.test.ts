import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

import { bootKindred, type Kindred } from './helpers/bootKindred.js'

let kindred: Kindred

beforeAll(async () => {
  // This suite alone builds its schema from the migrations, as production does.
  kindred = await bootKindred({ KINDRED_SCHEMA_PUSH: 'false' })
})
afterAll(async () => {
  await kindred.close()
})

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

// The migrations of the adapter under test (TEST_DATABASE): SQLite's in migrations/, PostgreSQL's in migrations-postgres/.
describe(`the ${process.env.TEST_DATABASE || 'sqlite'} migrations`, () => {
  it('match the collections: no schema change is left without a migration (npm run migrate:create, migrate:create:postgres)', async () => {
    // The schema is never pushed, so a field added without a migration would fail at run time.
    const db = kindred.payload.db as unknown as { requireDrizzleKit: () => DrizzleKit; schema: unknown }
    const dir = kindred.payload.db.migrationDir
    const latest = fs
      .readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)
    expect(latest).toBeDefined()
    const before = JSON.parse(fs.readFileSync(path.join(dir, latest!), 'utf8'))
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const statements = await generateMigration(before, await generateDrizzleJson(db.schema))
    expect(statements).toEqual([])
  })

  it('were applied at start and recorded', async () => {
    const { docs } = await kindred.payload.find({ collection: 'payload-migrations', limit: 100 })
    const files = fs.readdirSync(kindred.payload.db.migrationDir).filter((file) => /^\d.*\.ts$/.test(file))
    expect(docs.map((doc) => `${doc.name}.ts`).sort()).toEqual(files.sort())
  })
})
