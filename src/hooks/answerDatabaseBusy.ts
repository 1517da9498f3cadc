import type { AfterErrorHook } from 'payload'

import { isDatabaseBusy } from '../errors/isDatabaseBusy.js'

/** Seconds a client is asked to wait: long enough for a burst to drain, short enough for a person not to notice. */
const retryAfterSeconds = 2

/**
 * An overloaded database (no pooled connection within DATABASE_TIMEOUT_MS, a
 * SQLite write lock held past its timeout) answers 503 with `Retry-After`
 * instead of Payload's 500: the request was fine and nothing was stored, so
 * the right move for the client is to try again shortly, and a load balancer
 * or monitor must not count it as a bug.
 */
export const answerDatabaseBusy: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseBusy(error)) return
  req.responseHeaders = new Headers(req.responseHeaders)
  req.responseHeaders.set('Retry-After', String(retryAfterSeconds))
  return {
    response: { errors: [{ message: 'The database is busy; try again in a moment.' }] },
    status: 503,
  }
}
