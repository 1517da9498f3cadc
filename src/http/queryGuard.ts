import type { RequestHandler } from 'express'
import type { CollectionSlug, FlattenedField, Payload } from 'payload'

import { buildVersionCollectionFields, buildVersionGlobalFields } from 'payload'
import * as qs from 'qs-esm'

import { findQueryProblems } from './findQueryProblems.js'
import { usesUUIDs } from './usesUUIDs.js'

/** Payload's own parse of the query string (createPayloadRequest), so both see the same parameters. */
const parseQuery = (search: string) =>
  qs.parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true })

/** A collection by a slug from the URL, which may name none. */
const collectionConfig = (payload: Payload, slug: string | undefined) =>
  slug
    ? (payload.collections as Record<string, Payload['collections'][CollectionSlug] | undefined>)[slug]
        ?.config
    : undefined

type Route = { closed?: boolean; fields: FlattenedField[] }

/**
 * Which fields a request to Payload's own REST routes queries: a collection's
 * (`/:slug`, `/:slug/:id`, `/:slug/count`), its versions' (`/:slug/versions[/:id]`)
 * or a global's (`/globals/:slug[/versions[/:id]]`). Longer paths are custom
 * endpoints, which parse their own query; so are paths that name no collection.
 */
const routeOf = (payload: Payload, segments: string[]): Route | undefined => {
  if (segments[0] === 'globals') {
    const [, slug, ...rest] = segments
    const global = payload.globals.config.find((candidate) => candidate.slug === slug)
    if (!global) return undefined
    if (global.endpoints === false) return { closed: true, fields: [] }
    if (rest.length === 0) return { fields: global.flattenedFields }
    if (rest[0] === 'versions' && rest.length <= 2) {
      return { fields: buildVersionGlobalFields(payload.config, global, true) }
    }
    return undefined
  }
  const [slug, ...rest] = segments
  const collection = collectionConfig(payload, slug)
  if (!collection) return undefined
  if (collection.endpoints === false) return { closed: true, fields: [] }
  if (rest[0] === 'versions' && rest.length <= 2) {
    return { fields: buildVersionCollectionFields(payload.config, collection, true) }
  }
  return rest.length <= 1 ? { fields: collection.flattenedFields } : undefined
}

/**
 * Checks the query parameters of Payload's REST routes before Payload reads
 * them (mounted on `/api`): a path crossing two relationships would otherwise
 * reach Payload 3.90.2's unawaited validation and, on an API-only node, stop
 * the process. Each problem is a 400 naming the parameter, the path inside it
 * and the reason. Collections Payload serves no routes for (migrations) are a
 * plain 404, not Payload's 501.
 */
export const queryGuard =
  (payload: Payload): RequestHandler =>
  (req, res, next) => {
    const segments = req.path.split('/').filter(Boolean)
    const route = routeOf(payload, segments)
    if (!route) return next()
    if (route.closed) {
      res.status(404).json({ errors: [{ message: 'Not found.' }] })
      return
    }
    const search = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : ''
    if (!search) return next()
    const problems = findQueryProblems(parseQuery(search), {
      fields: route.fields,
      fieldsOf: (slug) => collectionConfig(payload, slug)?.flattenedFields,
      uuidIDs: usesUUIDs(payload),
      write: req.method === 'PATCH' || req.method === 'DELETE',
    })
    if (problems.length === 0) return next()
    res.status(400).json({
      errors: problems.slice(0, 10).map((problem) => ({
        data: problem,
        message: `Query parameter "${problem.parameter}"${problem.path ? ` at "${problem.path}"` : ''}: ${problem.reason}`,
      })),
    })
  }
