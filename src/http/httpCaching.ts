import type { RequestHandler } from 'express'

import type { HttpCacheSettings } from './httpCacheSettings.js'
import type { Credentials } from './isAnonymousRequest.js'

import { isAnonymousRequest } from './isAnonymousRequest.js'

export type HttpCachingOptions = Credentials &
  HttpCacheSettings & {
    /** The request paths (with their query) whose anonymous reads everyone sees alike. */
    cacheable: RegExp
  }

/** What `sendWebResponse` and the read cache need to answer a public read for shared caches. */
export type PublicRead = { cacheControl: string }

/** Uploaded files (`/api/<collection>/file/<name>`) are streamed by Payload and keep its headers. */
const filePath = /^\/api\/[^/]+\/file\//

/**
 * Says who may keep an answer. Everything under `/api` is `private, no-store`
 * (sessions, a reader's own data, errors, writes) unless it is an anonymous
 * GET of public content: that one is marked for `sendWebResponse` (or the read
 * cache), which gives a 200 JSON answer an ETag, its newest `updatedAt` as
 * Last-Modified, and `public` with `s-maxage` / `stale-while-revalidate`, and
 * answers a matching `If-None-Match` with 304. `max-age=0`: browsers ask
 * again every time, cheaply with that ETag, so a reader sees a publish at once.
 */
export const httpCaching = ({
  cacheable,
  cookieName,
  personalHeaders,
  sharedSeconds,
  staleSeconds,
}: HttpCachingOptions): RequestHandler => {
  const cacheControl = [
    'public',
    'max-age=0',
    `s-maxage=${sharedSeconds}`,
    ...(staleSeconds > 0 ? [`stale-while-revalidate=${staleSeconds}`] : []),
  ].join(', ')
  const publicRead: PublicRead = { cacheControl }
  return (req, res, next) => {
    if (filePath.test(req.originalUrl)) return next()
    res.setHeader('Cache-Control', 'private, no-store')
    if (
      (req.method === 'GET' || req.method === 'HEAD') &&
      isAnonymousRequest(req, { cookieName, personalHeaders }) &&
      cacheable.test(req.originalUrl)
    )
      res.locals.publicRead = publicRead
    next()
  }
}
