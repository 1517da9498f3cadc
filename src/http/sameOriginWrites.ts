import type { RequestHandler } from 'express'

import { isCrossSiteWrite, type SameOriginPolicy } from './isCrossSiteWrite.js'

const refused =
  'Cross-site request refused: a change made with the session cookie must come from this site, SERVER_URL or CORS_ORIGINS. Other clients send their token as Authorization: JWT.'

/**
 * Refuses cross-site writes made with the session cookie, before Payload sees
 * them (REST, GraphQL, custom endpoints alike). Payload's own `csrf` list only
 * works when configured and cannot know the request's own host; this knows it,
 * from `Host` (or `X-Forwarded-Host`/`-Proto` when TRUST_PROXY trusts the hop).
 */
export const sameOriginWrites =
  (policy: SameOriginPolicy): RequestHandler =>
  (req, res, next) => {
    const request = {
      headers: req.headers,
      method: req.method,
      ownOrigin: `${req.protocol}://${req.host ?? ''}`,
      path: req.path,
    }
    if (!isCrossSiteWrite(request, policy)) return next()
    res.status(403).json({ errors: [{ message: refused }] })
  }
