import type { Access, CollectionConfig, Endpoint } from 'payload'

import { Forbidden } from 'payload'

import { isStaff } from '../access/isStaff.js'

/**
 * Admin-panel preferences belong to staff: Payload lets any signed-in account, a reader
 * included, store them. Keeps Payload's own rule (one's own preferences only) behind it.
 */
export const staffOnlyAccess =
  (own: Access | undefined): Access =>
  (args) =>
    isStaff(args.req.user) && (own ? own(args) : true)

/** Payload's `/:key` preference endpoints, refused to anyone who is not staff. */
export const staffOnlyEndpoints = (endpoints: CollectionConfig['endpoints']): Endpoint[] =>
  (endpoints || []).map((endpoint) => ({
    ...endpoint,
    handler: (req) => {
      if (!isStaff(req.user)) throw new Forbidden(req.t)
      return endpoint.handler(req)
    },
  }))
