import { describe, expect, it } from '@jest/globals'

import { isDatabaseBusy } from '../../src/errors/isDatabaseBusy.js'

describe('isDatabaseBusy', () => {
  it('recognises a pool that gave no connection in time, also when wrapped as a failed query’s cause', () => {
    const timeout = new Error('timeout exceeded when trying to connect')
    expect(isDatabaseBusy(timeout)).toBe(true)
    expect(isDatabaseBusy(new Error('Failed query: select 1', { cause: timeout }))).toBe(true)
  })

  it('recognises PostgreSQL’s “too many connections” and SQLite’s busy lock by their codes', () => {
    expect(
      isDatabaseBusy(Object.assign(new Error('sorry, too many clients already'), { code: '53300' })),
    ).toBe(true)
    expect(
      isDatabaseBusy(Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' })),
    ).toBe(true)
  })

  it('leaves every other error a 500: a bug must not pass for a busy database', () => {
    expect(isDatabaseBusy(new Error('duplicate key value violates unique constraint'))).toBe(false)
    expect(isDatabaseBusy(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false)
    expect(isDatabaseBusy(new TypeError("Cannot read properties of null (reading 'log')"))).toBe(false)
    expect(isDatabaseBusy(undefined)).toBe(false)
    expect(isDatabaseBusy('timeout exceeded when trying to connect')).toBe(false)
  })
})
