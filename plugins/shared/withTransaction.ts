import type { PayloadRequest } from 'payload'

import { APIError, commitTransaction, initTransaction, killTransaction } from 'payload'

import type { TransientRetryOptions } from './core/index.js'

import { retryTransientTransaction, TransientTransactionExhausted } from './core/index.js'
import { messages } from './messages.js'

/** A handful of quick tries: conflicts between two requests clear in milliseconds, a client waits at most ~0.5 s. */
const defaultRetry: TransientRetryOptions = { attempts: 4, baseDelayMs: 25, maxDelayMs: 200 }

/** Seconds a client is asked to wait when every try failed: long enough for a burst of conflicts to pass. */
const retryAfterSeconds = 1

/**
 * Runs several writes as one: all of them or none. Joins the request's transaction if it has one
 * (then whoever began it decides about retries); where the database offers none (a standalone
 * MongoDB, the embedded SQLite adapter), the writes run in order and are never run twice. A transaction MongoDB aborted as transient (a write conflict
 * between concurrent requests) runs again a few times; if it still fails the client gets a 503 with
 * `Retry-After` — the work was not done, and trying again later is the right answer, not a 500.
 */
export const withTransaction = async <T>(
  req: PayloadRequest,
  work: () => Promise<T>,
  retry: TransientRetryOptions = defaultRetry,
): Promise<T> => {
  let rolledBack = true
  const attempt = async () => {
    const began = await initTransaction(req)
    try {
      const result = await work()
      if (began) await commitTransaction(req)
      return result
    } catch (error) {
      if (began) await killTransaction(req)
      rolledBack = began
      throw error
    }
  }
  try {
    return await retryTransientTransaction(attempt, { ...retry, canRetry: () => rolledBack })
  } catch (error) {
    if (!(error instanceof TransientTransactionExhausted)) throw error
    req.payload.logger.warn({ err: error.cause, msg: `${error.message}; answering 503` })
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', String(retryAfterSeconds))
    throw new APIError(messages.databaseBusy, 503, { retryAfterSeconds }, true)
  }
}
