import { describe, expect, it } from '@jest/globals'

import {
  isTransientTransactionError,
  jitteredBackoff,
  retryTransientTransaction,
  TransientTransactionExhausted,
} from '../../../plugins/shared/core/index.js'

/** Shaped like the MongoDB driver's `MongoServerError`: labels behind `hasErrorLabel`, and as `errorLabels`. */
class FakeMongoServerError extends Error {
  readonly code: number
  readonly codeName: string
  readonly errorLabels: string[]

  constructor(code: number, codeName: string, labels: string[]) {
    super(`${codeName} (${code})`)
    this.code = code
    this.codeName = codeName
    this.errorLabels = labels
  }

  hasErrorLabel(label: string) {
    return this.errorLabels.includes(label)
  }
}

const writeConflict = () => new FakeMongoServerError(112, 'WriteConflict', ['TransientTransactionError'])
const noWait = { attempts: 4, baseDelayMs: 10, maxDelayMs: 100, sleep: async () => {} }

describe('isTransientTransactionError', () => {
  it('recognises a transaction MongoDB labelled TransientTransactionError, through hasErrorLabel or errorLabels', () => {
    const labelled = new FakeMongoServerError(251, 'NoSuchTransaction', ['TransientTransactionError'])
    expect(isTransientTransactionError(labelled)).toBe(true)
    expect(isTransientTransactionError({ errorLabels: ['TransientTransactionError'] })).toBe(true)
  })

  it('recognises a write conflict by its code or name even without the label', () => {
    expect(isTransientTransactionError(new FakeMongoServerError(112, 'WriteConflict', []))).toBe(true)
    expect(isTransientTransactionError({ codeName: 'WriteConflict' })).toBe(true)
  })

  it('does not retry a commit whose outcome is unknown, which may already be written', () => {
    const unknown = new FakeMongoServerError(50, 'MaxTimeMSExpired', ['UnknownTransactionCommitResult'])
    expect(isTransientTransactionError(unknown)).toBe(false)
  })

  it('leaves every other failure alone: duplicate keys, plain errors, non-objects', () => {
    expect(isTransientTransactionError(new FakeMongoServerError(11000, 'DuplicateKey', []))).toBe(false)
    expect(isTransientTransactionError(new Error('boom'))).toBe(false)
    expect(isTransientTransactionError(null)).toBe(false)
    expect(isTransientTransactionError('TransientTransactionError')).toBe(false)
  })
})

describe('jitteredBackoff', () => {
  it('waits a random time below a cap that doubles with each retry and never exceeds the maximum', () => {
    const options = { baseDelayMs: 20, maxDelayMs: 100 }
    expect([1, 2, 3, 4].map((retry) => jitteredBackoff(retry, options, () => 0.999))).toEqual([
      19, 39, 79, 99,
    ])
    expect(jitteredBackoff(3, options, () => 0)).toBe(0)
    expect(jitteredBackoff(3, options, () => 0.5)).toBe(40)
  })
})

describe('retryTransientTransaction', () => {
  it('runs the transaction again after write conflicts and returns what the successful run returned', async () => {
    const waits: number[] = []
    let runs = 0
    const result = await retryTransientTransaction(
      async () => {
        runs += 1
        if (runs < 3) throw writeConflict()
        return 'committed'
      },
      { ...noWait, random: () => 0.5, sleep: async (ms) => void waits.push(ms) },
    )
    expect(result).toBe('committed')
    expect(runs).toBe(3)
    expect(waits).toEqual([5, 10])
  })

  it('gives up after the configured number of runs with TransientTransactionExhausted carrying the last error', async () => {
    let runs = 0
    const last = writeConflict()
    const failing = retryTransientTransaction(async () => {
      runs += 1
      throw last
    }, noWait)
    await expect(failing).rejects.toBeInstanceOf(TransientTransactionExhausted)
    await failing.catch((error: TransientTransactionExhausted) => {
      expect(error.attempts).toBe(4)
      expect(error.cause).toBe(last)
    })
    expect(runs).toBe(4)
  })

  it('passes any other error on at once, without running the work again', async () => {
    let runs = 0
    const error = new FakeMongoServerError(11000, 'DuplicateKey', [])
    await expect(
      retryTransientTransaction(async () => {
        runs += 1
        throw error
      }, noWait),
    ).rejects.toBe(error)
    expect(runs).toBe(1)
  })

  it('does not run work again whose failed run was not rolled back, so nothing is written twice', async () => {
    let runs = 0
    const conflict = writeConflict()
    await expect(
      retryTransientTransaction(
        async () => {
          runs += 1
          throw conflict
        },
        { ...noWait, canRetry: () => false },
      ),
    ).rejects.toBe(conflict)
    expect(runs).toBe(1)
  })
})
