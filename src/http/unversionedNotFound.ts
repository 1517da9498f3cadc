import type { RequestHandler } from 'express'
import type { Collection, Payload } from 'payload'

/** Which collection or global a `…/versions` path names, if any. */
const versionsOf = (payload: Payload, path: string) => {
  const global = /^\/globals\/([^/]+)\/versions(?:\/|$)/.exec(path)?.[1]
  if (global) {
    const config = payload.globals.config.find((candidate) => candidate.slug === global)
    return config && { kind: 'global', slug: global, versioned: Boolean(config.versions) }
  }
  const slug = /^\/([^/]+)\/versions(?:\/|$)/.exec(path)?.[1]
  const collection = slug ? (payload.collections as Record<string, Collection | undefined>)[slug] : undefined
  return collection && { kind: 'collection', slug, versioned: Boolean(collection.config.versions) }
}

/**
 * `/api/<collection>/versions…` and `/api/globals/<global>/versions…` of one that keeps no versions
 * answer 404. Payload routes these for every collection and global, and the database adapter then
 * throws on the missing versions table, which would be a 500. Mounted under `/api`.
 */
export const unversionedNotFound =
  (payload: Payload): RequestHandler =>
  (req, res, next) => {
    const target = versionsOf(payload, req.path)
    if (target && !target.versioned) {
      res.status(404).json({ errors: [{ message: `The ${target.slug} ${target.kind} keeps no versions.` }] })
      return
    }
    next()
  }
