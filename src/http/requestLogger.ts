import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

/**
 * One log line per request through Payload's logger. Only the path is logged:
 * query strings can carry tokens (result links, password resets).
 */
export const requestLogger =
  (payload: Payload): RequestHandler =>
  (req, res, next) => {
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      payload.logger.info({
        method: req.method,
        ms: Math.round(ms * 10) / 10,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
      })
    })
    next()
  }
