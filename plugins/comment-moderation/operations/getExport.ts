import type { PayloadRequest } from 'payload'

import type { Caller, SanitizedCommentModerationConfig } from '../types.js'

import { personWhere } from './personWhere.js'
import { withCallerRights } from './withCallerRights.js'

/** Every comment of one person with all that is stored about it, for a data-access request (GDPR Art. 15). */
export const getExport = async (
  req: PayloadRequest,
  options: SanitizedCommentModerationConfig,
  caller: Caller,
  person: { email?: string; reader?: string },
) => {
  const { docs } = await req.payload.find({
    ...withCallerRights(req, caller),
    collection: options.commentsSlug,
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'createdAt',
    where: personWhere(person),
  })
  return { comments: docs, exportedAt: new Date().toISOString(), total: docs.length }
}
