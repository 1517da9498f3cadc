import type { RequestHandler } from 'express'

import express from 'express'

/** Longer than any query the admin panel builds; a bigger body is a 413. */
const readQuery = express.text({ limit: '100kb', type: () => true })

const overrideHeaders = ['x-payload-http-method-override', 'x-http-method-override']

/**
 * Payload's admin panel sends long reads (relationship pickers) as a POST
 * with `X-Payload-HTTP-Method-Override: GET` and the query string as an
 * urlencoded body, which Payload turns into a GET. Doing that here first, on
 * `/api`, makes it an ordinary GET for everything after: the query guard
 * sees its parameters as it sees any other query's.
 */
export const methodOverride: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' || !overrideHeaders.some((name) => req.get(name) === 'GET')) return next()
  if (!req.is('application/x-www-form-urlencoded')) return next()
  readQuery(req, res, (error?: unknown) => {
    if (error) return next(error)
    const body = typeof req.body === 'string' ? req.body : ''
    const withQuery = (url: string) => (body ? `${url}${url.includes('?') ? '&' : '?'}${body}` : url)
    req.originalUrl = withQuery(req.originalUrl)
    req.url = withQuery(req.url)
    req.method = 'GET'
    for (const name of [...overrideHeaders, 'content-type', 'content-length']) delete req.headers[name]
    next()
  })
}
