import { createHash } from 'node:crypto'

import type { PublicRead } from './httpCaching.js'

/** Dates as Payload writes them: ISO 8601, quoted. Escaped quotes inside rich text cannot match. */
const updatedAt = /"updatedAt":"([^"]+)"/g

/**
 * The headers of a public read's 200 answer: an ETag of the exact bytes
 * (equal bytes, equal tag: strong), Last-Modified from the newest `updatedAt`
 * anywhere in it (the document, a list's documents, what they embed) when it
 * has one, and who may keep it. Last-Modified is informative only: a list can
 * lose a document without any date moving, so only the ETag earns a 304.
 */
export const publicReadHeaders = (body: Buffer, { cacheControl }: PublicRead): [string, string][] => {
  const headers: [string, string][] = [
    ['etag', `"${createHash('sha1').update(body).digest('base64url')}"`],
    ['cache-control', cacheControl],
    // The answer differs with the caller's session, and CORS headers with the origin.
    ['vary', 'Origin, Authorization, Cookie, X-Comment-Token'],
  ]
  let newest = Number.NaN
  for (const [, date] of body.toString('utf8').matchAll(updatedAt)) {
    const time = Date.parse(date)
    if (Number.isFinite(time) && !(time <= newest)) newest = time
  }
  if (Number.isFinite(newest)) headers.push(['last-modified', new Date(newest).toUTCString()])
  return headers
}
