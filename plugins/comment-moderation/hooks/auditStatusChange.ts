import type { CollectionAfterChangeHook } from 'payload'

import type { Reason } from '../core/index.js'

import { pluginSlugs } from '../defaults.js'

/** What operations tell the audit hook through `context.moderation`. */
export type ModerationContext = {
  action?: string
  actor: 'guest' | 'rule' | 'system' | `reader:${string}` | `staff:${string}`
  note?: string
  reasons?: Reason[]
}

/**
 * Writes one audit entry for every new comment and every change of state,
 * whoever made it: the pipeline, a moderator in the admin panel or through
 * the API, the author, or a job. Operations say who and why in the context;
 * a change without that context is attributed to the signed-in staff member.
 */
export const auditStatusChange: CollectionAfterChangeHook = async ({
  context,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const told = context.moderation as ModerationContext | undefined
  const statusChanged = operation === 'create' || previousDoc?.status !== doc.status
  if (!statusChanged && !told?.action) return doc
  const staffID = req.user?.collection === 'users' ? req.user.id : undefined
  await req.payload.create({
    collection: pluginSlugs.log,
    data: {
      action: told?.action ?? (operation === 'create' ? 'posted' : `status:${doc.status}`),
      actor: told?.actor ?? (staffID ? `staff:${staffID}` : 'system'),
      comment: doc.id,
      fromStatus: operation === 'create' ? undefined : previousDoc?.status,
      note: told?.note,
      reasons: told?.reasons,
      staff: staffID,
      toStatus: doc.status,
    },
    overrideAccess: true,
    req,
  })
  return doc
}
