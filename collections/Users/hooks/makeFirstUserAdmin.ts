import type { CollectionBeforeChangeHook } from 'payload'

import { withSystemRights } from '../../../src/utilities/withSystemRights.js'

/** The very first staff account has nobody to promote it, so it starts as admin. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  // System rights: the first sign-up has no account yet, and whether any staff exist is not its to read.
  const { totalDocs } = await req.payload.count({ ...withSystemRights(req), collection: 'users' })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
