import type { RequestHandler } from 'express'

import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'

const store = new AsyncLocalStorage<string>()

/** A proxy's id is kept when it looks like one, so lines can be matched across hops; anything else is replaced. */
const safeIncomingID = /^[\w.:-]{8,64}$/

/** The id of the request whose work is running now, if any: what every log line carries (see loggerConfig). */
export const currentRequestId = (): string | undefined => store.getStore()

/**
 * Gives every request an id (`X-Request-Id`, echoed in the response) that
 * follows its work through promises, so a log line written deep in Payload,
 * or an unhandled rejection, names the request that caused it.
 */
export const requestId: RequestHandler = (req, res, next) => {
  const incoming = req.get('x-request-id')
  const id = incoming && safeIncomingID.test(incoming) ? incoming : randomUUID()
  res.setHeader('X-Request-Id', id)
  store.run(id, next)
}
