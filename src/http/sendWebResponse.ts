import type { Response as ExpressResponse } from 'express'

import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { clearBeforeAnswer, storeIfCacheable } from './readCache.js'

/**
 * Writes a Web `Response` to Express. Each `Set-Cookie` stays its own header
 * (joining them would break login and logout); a HEAD request gets the headers
 * without the body. A write clears the read cache first.
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
  const cached = await storeIfCacheable(res, response)
  if (cached) {
    res.end(head ? undefined : cached)
    return
  }
  if (head || !response.body) {
    await response.body?.cancel()
    res.end()
    return
  }
  await pipeline(Readable.fromWeb(response.body as NodeReadableStream), res)
}
