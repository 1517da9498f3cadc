import { describe, expect, it } from '@jest/globals'

import { ConfigError } from '../../src/ConfigError.js'
import { databaseAdapter } from '../../src/db.js'
import { databaseTarget } from '../../src/databaseTarget.js'

// NODE_ENV, which Next's types require of every environment, plays no part here.
const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv

describe('DATABASE_URI', () => {
  it.each(['postgres://kindred:pw@db.internal:5432/kindred', 'postgresql://db/kindred?sslmode=require'])(
    'selects PostgreSQL for %s',
    (uri) => {
      expect(databaseTarget(env({ DATABASE_URI: uri }))).toEqual({ embedded: false, kind: 'postgres', uri })
    },
  )

  it('keeps MongoDB and SQLite URIs as they were', () => {
    expect(databaseTarget(env({ DATABASE_URI: 'mongodb://db/kindred' })).kind).toBe('mongodb')
    expect(databaseTarget(env({ DATABASE_URI: 'file:/data/kindred.db' })).kind).toBe('sqlite')
  })

  it.each(['postgres://db', 'postgres:///kindred', 'mysql://db/kindred'])(
    'refuses %s, naming the forms it takes',
    (uri) => {
      expect(() => databaseTarget(env({ DATABASE_URI: uri }))).toThrow(
        /DATABASE_URI is malformed: use postgres:\/\//,
      )
    },
  )
})

describe('the PostgreSQL pool settings', () => {
  it.each([
    ['DATABASE_POOL_MAX', 'ten'],
    ['DATABASE_POOL_MAX', '0'],
    ['DATABASE_TIMEOUT_MS', '-5'],
    ['DATABASE_IDLE_TIMEOUT_MS', '1.5'],
  ])('refuse %s=%s with an error naming the variable, before any connection', async (name, value) => {
    const start = databaseAdapter(env({ DATABASE_URI: 'postgres://db/kindred', [name]: value }))
    await expect(start).rejects.toThrow(ConfigError)
    await expect(start).rejects.toThrow(new RegExp(`^${name} must be a whole number above 0`))
  })

  it('are accepted when whole numbers, and the adapter gives string ids as on SQLite', async () => {
    const adapter = await databaseAdapter(
      env({ DATABASE_POOL_MAX: '3', DATABASE_URI: 'postgres://db/kindred' }),
    )
    expect(adapter.name).toBe('postgres')
    expect(adapter.defaultIDType).toBe('text')
  })
})
