import type { RequestHandler } from 'express'
import type { Collection, Payload } from 'payload'

/**
 * `/api/<collection>/verify/:token` of an auth collection that does not verify emails (staff
 * users) answers 404. Payload routes it for every auth collection and then queries a
 * `_verificationToken` column that only verifying collections have, which would be a 500.
 * Mounted under `/api`.
 */
export const unverifiedNotFound =
  (payload: Payload): RequestHandler =>
  (req, res, next) => {
    const slug = /^\/([^/]+)\/verify(?:\/|$)/.exec(req.path)?.[1]
    const collection = slug
      ? (payload.collections as Record<string, Collection | undefined>)[slug]
      : undefined
    if (collection?.config.auth && !collection.config.auth.verify) {
      res.status(404).json({ errors: [{ message: `The ${slug} collection does not verify emails.` }] })
      return
    }
    next()
  }
