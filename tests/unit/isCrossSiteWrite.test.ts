import { describe, expect, it } from '@jest/globals'

import { isCrossSiteWrite, type WriteRequest } from '../../src/http/isCrossSiteWrite.js'

const policy = {
  allowedOrigins: ['https://kindred.example', 'https://reader.example'],
  cookieName: 'payload-token',
}
const session = 'theme=dark; payload-token=abc.def.ghi'

const write = (headers: WriteRequest['headers'], over: Partial<WriteRequest> = {}): WriteRequest => ({
  headers: { cookie: session, ...headers },
  method: 'POST',
  ownOrigin: 'http://127.0.0.1:3000',
  path: '/comments/moderate',
  ...over,
})

describe('isCrossSiteWrite (CSRF with the session cookie)', () => {
  it('refuses a cookie write from a foreign Origin', () => {
    expect(isCrossSiteWrite(write({ origin: 'https://evil.example' }), policy)).toBe(true)
  })

  it.each([
    'http://127.0.0.1:3000',
    'https://kindred.example',
    'https://reader.example',
    'https://KINDRED.example:443',
  ])('accepts a cookie write from its own origin, SERVER_URL or CORS_ORIGINS: %s', (origin) => {
    expect(isCrossSiteWrite(write({ origin }), policy)).toBe(false)
  })

  it('tells schemes and ports apart: the same host over another scheme or port is foreign', () => {
    expect(isCrossSiteWrite(write({ origin: 'http://kindred.example' }), policy)).toBe(true)
    expect(isCrossSiteWrite(write({ origin: 'http://127.0.0.1:3001' }), policy)).toBe(true)
  })

  it('refuses an opaque Origin (sandboxed frames) and unparsable ones', () => {
    expect(isCrossSiteWrite(write({ origin: 'null' }), policy)).toBe(true)
    expect(isCrossSiteWrite(write({ origin: 'null', 'sec-fetch-site': 'cross-site' }), policy)).toBe(true)
    expect(isCrossSiteWrite(write({ origin: 'not a url' }), policy)).toBe(true)
  })

  it('accepts `Origin: null` with Sec-Fetch-Site: same-origin: a form on a page served with no-referrer', () => {
    expect(isCrossSiteWrite(write({ origin: 'null', 'sec-fetch-site': 'same-origin' }), policy)).toBe(false)
  })

  it('lets Sec-Fetch-Site vouch only for a missing or opaque origin, never against a foreign one', () => {
    const request = write({ origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' })
    expect(isCrossSiteWrite(request, policy)).toBe(true)
  })

  it('judges by Referer when a browser sent no Origin', () => {
    expect(isCrossSiteWrite(write({ referer: 'https://evil.example/page' }), policy)).toBe(true)
    expect(isCrossSiteWrite(write({ referer: 'http://127.0.0.1:3000/admin/collections' }), policy)).toBe(
      false,
    )
  })

  it('prefers Origin to Referer, so a friendly Referer cannot cover a foreign Origin', () => {
    const request = write({ origin: 'https://evil.example', referer: 'http://127.0.0.1:3000/admin' })
    expect(isCrossSiteWrite(request, policy)).toBe(true)
  })

  it('refuses a cookie write with neither Origin nor Referer unless Sec-Fetch-Site says same-origin', () => {
    expect(isCrossSiteWrite(write({}), policy)).toBe(true)
    expect(isCrossSiteWrite(write({ 'sec-fetch-site': 'cross-site' }), policy)).toBe(true)
    expect(isCrossSiteWrite(write({ 'sec-fetch-site': 'same-site' }), policy)).toBe(true)
    expect(isCrossSiteWrite(write({ 'sec-fetch-site': 'same-origin' }), policy)).toBe(false)
  })

  it.each(['DELETE', 'PATCH', 'PUT', 'post'])('covers every state-changing method: %s', (method) => {
    expect(isCrossSiteWrite(write({ origin: 'https://evil.example' }, { method }), policy)).toBe(true)
  })

  it.each(['GET', 'HEAD', 'OPTIONS'])('leaves reads and preflights alone: %s', (method) => {
    expect(isCrossSiteWrite(write({ origin: 'https://evil.example' }, { method }), policy)).toBe(false)
  })

  it('leaves writes without the session cookie alone (guests, token clients)', () => {
    const noCookie = write({ cookie: 'theme=dark; payload-token=', origin: 'https://evil.example' })
    expect(isCrossSiteWrite(noCookie, policy)).toBe(false)
    expect(isCrossSiteWrite(write({ cookie: undefined, origin: 'https://evil.example' }), policy)).toBe(false)
  })

  it.each(['JWT abc', 'Bearer abc', 'users API-Key abc'])(
    'leaves a request that carries its token in Authorization (%s) alone, cookie or not',
    (authorization) => {
      expect(isCrossSiteWrite(write({ authorization, origin: 'https://evil.example' }), policy)).toBe(false)
    },
  )

  it('does not let credentials a browser attaches by itself (Basic) excuse the cookie', () => {
    const request = write({ authorization: 'Basic dXNlcjpwYXNz', origin: 'https://evil.example' })
    expect(isCrossSiteWrite(request, policy)).toBe(true)
  })

  it('refuses a sign-in from a foreign page even without a cookie (login CSRF)', () => {
    for (const path of [
      '/readers/login',
      '/users/login',
      '/users/first-register',
      '/readers/reset-password',
    ]) {
      const request = write({ cookie: undefined, origin: 'https://evil.example' }, { path })
      expect(isCrossSiteWrite(request, policy)).toBe(true)
    }
    const own = write({ cookie: undefined, origin: 'http://127.0.0.1:3000' }, { path: '/users/login' })
    expect(isCrossSiteWrite(own, policy)).toBe(false)
    const script = write({ cookie: undefined }, { path: '/users/login' })
    expect(isCrossSiteWrite(script, policy)).toBe(false)
  })
})
