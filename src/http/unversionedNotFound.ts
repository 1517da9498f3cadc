import type { RequestHandler } from 'express'
import type { Collection, Payload } from 'payload'

/**
 * `/api/<collection>/versions…` of a collection that keeps no versions answers 404. Payload routes
 * these for every collection, and the database adapter then throws on the missing versions table,
 * which would be a 500. Mounted under `/api`.
 */
export const unversionedNotFound =
  (payload: Payload): RequestHandler =>
  (req, res, next) => {
    const slug = /^\/([^/]+)\/versions(?:\/|$)/.exec(req.path)?.[1]
    const collection = slug
      ? (payload.collections as Record<string, Collection | undefined>)[slug]
      : undefined
    if (collection && !collection.config.versions) {
      res.status(404).json({ errors: [{ message: `The ${slug} collection keeps no versions.` }] })
      return
    }
    next()
  }
