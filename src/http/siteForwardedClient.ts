import type { RequestHandler } from 'express'

import crypto from 'node:crypto'
import net from 'node:net'

import { siteForwarding } from '../site/siteForwarding.js'

const sameKey = (given: string, key: string): boolean => {
  const a = Buffer.from(given)
  const b = Buffer.from(key)
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}

const isLoopback = (address: string | undefined): boolean =>
  address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1'

/**
 * The reader site's API calls carry the reader's address (see src/site/siteForwarding.ts): believed only from
 * loopback with this process's key, so no client can choose its address; the headers never reach Payload.
 */
export const siteForwardedClient: RequestHandler = (req, _res, next) => {
  const given = req.get(siteForwarding.keyHeader)
  const address = req.get(siteForwarding.clientIPHeader)
  delete req.headers[siteForwarding.keyHeader]
  delete req.headers[siteForwarding.clientIPHeader]
  if (
    given !== undefined &&
    address !== undefined &&
    net.isIP(address) !== 0 &&
    isLoopback(req.socket.remoteAddress) &&
    sameKey(given, siteForwarding.key())
  ) {
    Object.defineProperty(req, 'ip', { configurable: true, value: address })
  }
  next()
}
