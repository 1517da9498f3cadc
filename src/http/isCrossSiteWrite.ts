/** What the decision reads of a request; header names as Node gives them (lower case). */
export type WriteRequest = {
  headers: {
    authorization?: string
    cookie?: string
    origin?: string
    referer?: string
    'sec-fetch-site'?: string
  }
  method: string
  /** The origin the request was sent to: its own scheme and host (honouring trusted proxies only). */
  ownOrigin: string
  /** The path under `/api`, e.g. `/users/login`. */
  path: string
}

export type SameOriginPolicy = {
  /** Origins besides the request's own that may write with the session cookie (SERVER_URL, CORS_ORIGINS). */
  allowedOrigins: readonly string[]
  /** Payload's session cookie, `${cookiePrefix}-token`. */
  cookieName: string
}

const stateChanging = new Set(['DELETE', 'PATCH', 'POST', 'PUT'])
// Endpoints that set a session cookie without needing one: a forged sign-in (login CSRF) would
// have the victim write their comments and assessment answers into the attacker's account.
const signsIn = /^\/[^/]+\/(?:first-register|login|reset-password)\/?$/
// Tokens a script must set itself. Basic, Digest or Negotiate credentials a browser may attach on its own.
const tokenAuthorization = /^(?:JWT|Bearer) |^\S+ API-Key /

/** `new URL(value).origin`, normalised (case, default port); `null` for "null" or anything unparsable. */
const originOf = (value: string): null | string => {
  try {
    const { origin } = new URL(value)
    return origin === 'null' ? null : origin
  } catch {
    return null
  }
}

const hasCookie = (header: string | undefined, name: string): boolean =>
  (header ?? '').split(';').some((pair) => {
    const at = pair.indexOf('=')
    return at > 0 && pair.slice(0, at).trim() === name && pair.slice(at + 1).trim() !== ''
  })

/**
 * Whether a request is a cross-site write riding on the session cookie (CSRF):
 * a POST/PUT/PATCH/DELETE with the cookie and no token header, or a sign-in,
 * whose Origin (or Referer when a browser sent no Origin) is neither the
 * request's own origin nor an allowed one. Browsers send Origin on every
 * cross-site write; with neither header, or an opaque `Origin: null`, a write
 * passes only when `Sec-Fetch-Site: same-origin` vouches for it, since a
 * client without a browser can send its token as `Authorization: JWT …` instead.
 */
export const isCrossSiteWrite = (request: WriteRequest, policy: SameOriginPolicy): boolean => {
  if (!stateChanging.has(request.method.toUpperCase())) return false
  const { authorization, cookie, origin, referer } = request.headers
  const cookieSession = hasCookie(cookie, policy.cookieName) && !tokenAuthorization.test(authorization ?? '')
  const signIn = signsIn.test(request.path)
  if (!cookieSession && !signIn) return false
  // Pages cannot forge Sec-Fetch-Site; a same-origin form on a no-referrer page sends `Origin: null` with it.
  const vouched = request.headers['sec-fetch-site'] === 'same-origin'
  const claimed = origin ?? referer
  if (claimed === undefined) return cookieSession && !vouched
  const source = originOf(claimed)
  if (source === null) return !vouched
  const allowed = [request.ownOrigin, ...policy.allowedOrigins].map(originOf)
  return !allowed.includes(source)
}
