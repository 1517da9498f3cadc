import type { Express } from 'express'
import type { Payload, SanitizedConfig } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import supertest from 'supertest'

import { freshPostgresDatabase } from './freshPostgresDatabase.js'
import { makeScratchFolder } from './makeScratchFolder.js'
import { testDatabase } from './testDatabase.js'

export type Kindred = {
  app: Express
  close: () => Promise<void>
  config: SanitizedConfig
  dir: string
  payload: Payload
  request: ReturnType<typeof supertest>
}

/**
 * Boots a real Payload on a fresh database of its own (SQLite, or PostgreSQL
 * with `TEST_DATABASE=postgres`, see testDatabase.ts) and the real Express app
 * in front of it. The schema is pushed, so work in progress needs
 * no migration yet; tests/migrations.test.ts holds the migrations to it.
 * Environment is set before the config is imported, as the config reads it.
 */
let booted = false

export const bootKindred = async (env: Record<string, string> = {}): Promise<Kindred> => {
  // The config reads its environment once per module registry, i.e. once per test file.
  if (booted) throw new Error('bootKindred runs once per test file: the config is already loaded')
  booted = true
  const dir = makeScratchFolder('test')
  const postgres = testDatabase() === 'postgres' ? await freshPostgresDatabase() : undefined
  Object.assign(process.env, {
    DATABASE_URI: postgres?.url ?? `file:${path.join(dir, 'kindred.db')}`,
    DATA_DIR: dir,
    DISABLE_PAYLOAD_HMR: 'true',
    // Tests run queued jobs themselves, to see what was queued before it is sent.
    JOBS_AUTORUN: 'false',
    KINDRED_SCHEMA_PUSH: 'true',
    KINDRED_SEED: 'false',
    LOG_FORMAT: 'json',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL || 'silent',
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'kindred-test-secret',
    // supertest connects from loopback: tests play the proxy there and name guests by X-Forwarded-For.
    TRUST_PROXY: 'loopback',
    ...env,
  })
  const { default: config } = await import('../../payload.config.js')
  const { getPayload } = await import('payload')
  const { createApp } = await import('../../src/http/createApp.js')
  const { closePayload } = await import('../../src/closePayload.js')
  const sanitized = await config
  const payload = await getPayload({ config: sanitized })
  const app = createApp({ config: sanitized, payload })
  return {
    app,
    close: async () => {
      await closePayload(payload)
      await postgres?.drop()
      fs.rmSync(dir, { force: true, recursive: true })
    },
    config: sanitized,
    dir,
    payload,
    request: supertest(app),
  }
}
