import type { Access, CollectionConfig, Endpoint, PayloadRequest } from 'payload'

import { Forbidden, NotFound } from 'payload'

import { isStaff } from '../access/isStaff.js'

/**
 * Admin-panel preferences belong to staff: Payload lets any signed-in account, a reader
 * included, store them. Keeps Payload's own rule (one's own preferences only) behind it.
 */
export const staffOnlyAccess =
  (own: Access | undefined): Access =>
  (args) =>
    isStaff(args.req.user) && (own ? own(args) : true)

/**
 * Whether the caller holds a preference under this key. Payload's delete answers 500 when they
 * do not (the SQL adapter's fallback lookup drops the join its `user` condition needs), so the
 * delete asks first, with the same condition Payload's operations use, and answers 404.
 */
const holdsKey = async (req: PayloadRequest): Promise<boolean> => {
  const { docs } = await req.payload.db.find({
    collection: 'payload-preferences',
    limit: 1,
    pagination: false,
    req,
    where: {
      and: [
        { key: { equals: req.routeParams?.key } },
        { 'user.value': { equals: req.user!.id } },
        { 'user.relationTo': { equals: req.user!.collection } },
      ],
    },
  })
  return docs.length > 0
}

/** Payload's `/:key` preference endpoints, refused to anyone who is not staff. */
export const staffOnlyEndpoints = (endpoints: CollectionConfig['endpoints']): Endpoint[] =>
  (endpoints || []).map((endpoint) => ({
    ...endpoint,
    handler: async (req) => {
      if (!isStaff(req.user)) throw new Forbidden(req.t)
      if (endpoint.method === 'delete' && !(await holdsKey(req))) throw new NotFound(req.t)
      return endpoint.handler(req)
    },
  }))
