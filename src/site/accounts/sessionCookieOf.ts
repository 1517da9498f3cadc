/** A cookie as Next's `cookies().set` takes it. */
export type RelayedCookie = {
  expires?: Date
  httpOnly?: boolean
  maxAge?: number
  name: string
  path?: string
  sameSite?: 'lax' | 'none' | 'strict'
  secure?: boolean
  value: string
}

/**
 * Reads one `Set-Cookie` header the API answered with, attributes included, so the site can hand the browser the
 * very cookie the API set (HttpOnly, SameSite, Secure in production, its expiry). Undefined for a malformed one.
 */
export const sessionCookieOf = (header: string): RelayedCookie | undefined => {
  const [pair, ...attributes] = header.split(';').map((part) => part.trim())
  const equals = pair.indexOf('=')
  if (equals < 1) return undefined
  const cookie: RelayedCookie = {
    name: pair.slice(0, equals),
    value: decodeURIComponent(pair.slice(equals + 1)),
  }
  for (const attribute of attributes) {
    const [key, ...rest] = attribute.split('=')
    const value = rest.join('=')
    switch (key.toLowerCase()) {
      case 'expires': {
        const date = new Date(value)
        if (!Number.isNaN(date.getTime())) cookie.expires = date
        break
      }
      case 'httponly':
        cookie.httpOnly = true
        break
      case 'max-age':
        if (/^-?\d+$/.test(value)) cookie.maxAge = Number(value)
        break
      case 'path':
        cookie.path = value
        break
      case 'samesite': {
        const sameSite = value.toLowerCase()
        if (sameSite === 'lax' || sameSite === 'none' || sameSite === 'strict') cookie.sameSite = sameSite
        break
      }
      case 'secure':
        cookie.secure = true
        break
    }
  }
  return cookie
}
