/** PostgreSQL's codes for "not now": too many connections, starting up or shutting down, a lock not granted in time. */
const busyPostgresCodes = new Set(['53300', '57P03', '55P03'])

const busyMessages = [
  // pg-pool: every connection stayed checked out for DATABASE_TIMEOUT_MS.
  'timeout exceeded when trying to connect',
  // pg: a new connection did not open within DATABASE_TIMEOUT_MS.
  'Connection terminated due to connection timeout',
  // SQLite: another process held the write lock past busy_timeout.
  'database is locked',
]

/**
 * Whether an error (or one it wraps, through `cause`) says the database is
 * overloaded or briefly unavailable, not that the request or our code is wrong:
 * the client should try again, and the answer is a 503 with `Retry-After`.
 * Nothing was written: the write's transaction never got a connection or a lock.
 */
export const isDatabaseBusy = (error: unknown): boolean => {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current !== 'object') return false
    const { cause, code, message } = current as { cause?: unknown; code?: unknown; message?: unknown }
    if (typeof code === 'string' && (busyPostgresCodes.has(code) || code === 'SQLITE_BUSY')) return true
    if (typeof message === 'string' && busyMessages.some((busy) => message.includes(busy))) return true
    current = cause
  }
  return false
}
