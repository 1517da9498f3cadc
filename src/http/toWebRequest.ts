import type { Request as ExpressRequest } from 'express'

import { Readable } from 'node:stream'

import { checkedMultipart } from './checkedMultipart.js'
import { clientIPHeader } from './clientIP.js'

/** A host name or IP literal with an optional port: what a `Host` header may carry (RFC 9110 §7.2). */
const validHost = /^(?:[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i

/**
 * The request's origin. A garbage `Host` (`a b`, `x/y`, empty) would make the URL unparsable, a
 * 500 for every route; it names nothing we serve, so the URL falls back to `localhost` (Payload
 * builds its own links from `serverURL`, never from this).
 */
const originOf = (req: ExpressRequest): string => {
  const scheme = req.protocol === 'https' ? 'https' : 'http'
  const host = req.get('host') ?? ''
  // The pattern keeps out paths and credentials; the parser, ports past 65535 and broken IPv6.
  return `${scheme}://${validHost.test(host) && URL.canParse(`${scheme}://${host}`) ? host : 'localhost'}`
}

/**
 * Turns Express's Node request into the Web `Request` Payload's handlers take.
 * The body is streamed, never buffered, so uploads of any size pass through
 * (a multipart one checked on the way, see checkedMultipart);
 * HEAD becomes GET (Payload routes only GET) and the caller drops the body.
 * No abort signal: nothing in Payload 3.90.2 listens to one, and giving it to
 * `Request` costs more per request than the headers (undici follows it with
 * listeners and a weak reference).
 */
export const toWebRequest = (req: ExpressRequest): Request => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item))
    else if (value !== undefined) headers.set(name, value)
  }
  headers.set(clientIPHeader, req.ip ?? '')
  const method = req.method === 'HEAD' ? 'GET' : req.method
  const hasBody = method !== 'GET' && method !== 'OPTIONS'
  const url = `${originOf(req)}${req.originalUrl}`
  const multipart = req.get('content-type')?.toLowerCase().startsWith('multipart/')
  // A body a guard before Payload has already read (preferencesGuard) is handed on as it was read.
  const read = Buffer.isBuffer(req.body) ? Readable.from([req.body]) : undefined
  const stream = read ?? (hasBody && multipart ? checkedMultipart(req, req.headers) : req)
  return new Request(url, {
    body: hasBody ? (Readable.toWeb(stream) as ReadableStream<Uint8Array>) : undefined,
    // Required by Node's fetch for a streamed body.
    duplex: 'half',
    headers,
    method,
  } as RequestInit)
}
