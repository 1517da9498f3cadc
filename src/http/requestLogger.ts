import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

/** Payload's email verification route carries the token in the path itself. */
const tokenInPath = /(\/verify\/)[^/]+/

/** The admin panel's static assets: one line each would drown the requests that matter. */
const assetPath = /^\/(?:_next|__nextjs)/

/**
 * One log line per request through Payload's logger, at a level by outcome:
 * a 5xx at error (the error itself was logged with its stack where it was
 * caught), a 4xx at info (a client's mistake must not fill the log), the
 * admin's assets at debug. Only the path is logged: query strings can carry
 * tokens (result links, password resets), a verification token in the path
 * is redacted, and no client address is logged.
 */
export const requestLogger =
  (payload: Payload): RequestHandler =>
  (req, res, next) => {
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      const path = req.originalUrl.split('?')[0].replace(tokenInPath, '$1[redacted]')
      const status = res.statusCode
      const level = status >= 500 ? 'error' : assetPath.test(path) ? 'debug' : 'info'
      payload.logger[level]({ method: req.method, ms: Math.round(ms * 10) / 10, path, status })
    })
    next()
  }
