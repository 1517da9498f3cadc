import type { RequestHandler } from 'express'

const stateChanging = new Set(['DELETE', 'PATCH', 'POST', 'PUT'])

/** The normalised origin of an `Origin` header; `null` for "null" or anything unparsable. */
const originOf = (value: string): null | string => {
  try {
    const { origin } = new URL(value)
    return origin === 'null' ? null : origin
  } catch {
    return null
  }
}

/**
 * Refuses a form posted to the reader site (or the admin) from another site, or from an opaque origin, with a 403
 * before Next sees it. Next's server actions refuse such posts too, but by throwing: the reader gets a 500 and the
 * log a stack. Browsers send `Origin` on every cross-site POST; a request without one (a script, curl) is left to Next.
 * `allowedOrigins` adds SERVER_URL to the request's own origin (a proxy may rewrite Host).
 */
export const crossSiteFormPosts =
  (allowedOrigins: readonly string[]): RequestHandler =>
  (req, res, next) => {
    const claimed = req.headers.origin
    if (!stateChanging.has(req.method) || claimed === undefined) return next()
    const allowed = [`${req.protocol}://${req.host ?? ''}`, ...allowedOrigins].map(originOf)
    const source = originOf(claimed)
    if (source !== null && allowed.includes(source)) return next()
    res
      .status(403)
      .type('text/plain')
      .send(
        'This form was sent from another site, so it was not accepted. Open the page on this site and try again.',
      )
  }
