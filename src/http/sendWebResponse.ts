import type { Response as ExpressResponse } from 'express'

import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { PublicRead } from './httpCaching.js'

import { etagMatches } from './etagMatches.js'
import { publicReadHeaders } from './publicReadHeaders.js'
import { clearBeforeAnswer, storeIfCacheable } from './readCache.js'

/** A public read's answer that shared caches may keep: found, JSON, and setting nobody's cookie. */
const isShareable = (response: Response): boolean =>
  response.status === 200 &&
  !response.headers.has('set-cookie') &&
  Boolean(response.headers.get('content-type')?.includes('application/json'))

/**
 * Writes a Web `Response` to Express. Each `Set-Cookie` stays its own header
 * (joining them would break login and logout); a HEAD request gets the headers
 * without the body. A write clears the read cache first. JSON is written in
 * one piece (a Web stream piped through Node streams costs more than the
 * document); files stream. A public read (see httpCaching) gets its ETag and
 * caching headers, and a 304 when the client already holds it.
 */
export const sendWebResponse = async (
  res: ExpressResponse,
  response: Response,
  head = false,
): Promise<void> => {
  await clearBeforeAnswer(res)
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  if (!response.body || !response.headers.get('content-type')?.includes('application/json')) {
    if (head || !response.body) {
      await response.body?.cancel()
      res.end()
      return
    }
    await pipeline(Readable.fromWeb(response.body as NodeReadableStream), res)
    return
  }
  const body = Buffer.from(await response.arrayBuffer())
  const publicRead = res.locals.publicRead as PublicRead | undefined
  if (!publicRead || !isShareable(response)) {
    res.end(head ? undefined : body)
    return
  }
  const validators = publicReadHeaders(body, publicRead)
  for (const [name, value] of validators) res.setHeader(name, value)
  storeIfCacheable(res, [...response.headers, ...validators], body)
  if (etagMatches(res.req.headers['if-none-match'], validators[0][1])) {
    res.status(304).end()
    return
  }
  res.end(head ? undefined : body)
}
