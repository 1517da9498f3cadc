import { describe, expect, it } from '@jest/globals'

import { sessionCookieOf } from '../../../src/site/accounts/sessionCookieOf.js'

describe('sessionCookieOf (relaying the API’s session cookie to the browser)', () => {
  it('keeps the attributes that protect the session: HttpOnly, SameSite, Secure, path and expiry', () => {
    const cookie = sessionCookieOf(
      'payload-token=abc.def%3D; Path=/; Expires=Wed, 30 Dec 2026 10:00:00 GMT; HttpOnly; Secure; SameSite=Lax',
    )
    expect(cookie).toEqual({
      expires: new Date('2026-12-30T10:00:00Z'),
      httpOnly: true,
      name: 'payload-token',
      path: '/',
      sameSite: 'lax',
      secure: true,
      value: 'abc.def=',
    })
  })

  it('reads the expired cookie of a sign-out', () => {
    expect(sessionCookieOf('payload-token=; Path=/; Max-Age=0')).toEqual({
      maxAge: 0,
      name: 'payload-token',
      path: '/',
      value: '',
    })
  })

  it('ignores a header without a name', () => {
    expect(sessionCookieOf('=value; Path=/')).toBeUndefined()
  })
})
