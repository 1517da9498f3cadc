import type { Payload } from 'payload'

import { Router } from 'express'

const readinessTimeoutMs = 2000

/** Resolves when the database answers a trivial read, rejects after a short timeout. */
const pingDatabase = (payload: Payload): Promise<unknown> =>
  Promise.race([
    payload.find({ collection: 'users', depth: 0, limit: 1, overrideAccess: true, pagination: false }),
    new Promise((_resolve, reject) =>
      setTimeout(() => reject(new Error('timeout')), readinessTimeoutMs).unref(),
    ),
  ])

/**
 * `/healthz`: the process is up (for restarts). `/readyz`: the database answers
 * (for load balancers), 503 when it does not, so traffic goes elsewhere.
 */
export const healthRoutes = (payload: Payload): Router => {
  const router = Router()
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' })
  })
  router.get('/readyz', async (_req, res) => {
    try {
      await pingDatabase(payload)
      res.json({ database: payload.db.name, status: 'ready' })
    } catch (error) {
      payload.logger.warn({ err: error, msg: 'Readiness check failed: the database did not answer' })
      res.status(503).json({ database: payload.db.name, status: 'unavailable' })
    }
  })
  return router
}
