import type { Access } from 'payload'

import { userHasRole } from '../../src/access/userHasRole.js'

/** Set on a request's context by the registration endpoint, the one way the public creates a reader. */
export const registering = 'kindredReaderRegistration'

/**
 * Who may create a reader: admins, and the public through `POST /api/readers` only (which
 * answers alike for new and taken addresses); Payload's own create, e.g. GraphQL's
 * `createReader`, would say "already registered".
 */
export const mayCreateReader: Access = ({ req }) =>
  userHasRole(req.user, []) || req.context[registering] === true
