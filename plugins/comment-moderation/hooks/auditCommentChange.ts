import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Reason } from '../core/index.js'
import type { SanitizedCommentModerationConfig } from '../types.js'

import { commentChanges } from '../core/index.js'
import { pluginSlugs } from '../defaults.js'
import { withSystemRights } from '../operations/withSystemRights.js'

/** What operations tell the audit hook through `context.moderation`. */
export type ModerationContext = {
  action?: string
  actor: 'guest' | 'rule' | 'system' | `reader:${string}` | `staff:${string}`
  note?: string
  reasons?: Reason[]
}

/**
 * Writes one audit entry for every new comment, every change of state and
 * every change a member of staff makes, whoever made it: the pipeline, a
 * moderator in the admin panel or through the API, the author, or a job. Each
 * entry holds the fields that changed, before and after. Operations say who
 * and why in the context; a change without that context is attributed to the
 * signed-in staff member.
 */
export const auditCommentChange =
  (options: SanitizedCommentModerationConfig): CollectionAfterChangeHook =>
  async ({ context, doc, operation, previousDoc, req }) => {
    const told = context.moderation as ModerationContext | undefined
    const staffID = req.user?.collection === options.staffSlug ? req.user.id : undefined
    const changes = operation === 'create' ? undefined : commentChanges(previousDoc, doc)
    const statusChanged = operation === 'create' || previousDoc?.status !== doc.status
    const staffChanged = staffID !== undefined && Object.keys(changes ?? {}).length > 0
    if (!statusChanged && !told?.action && !staffChanged) return doc
    // The log is append-only for everyone (its access refuses every write): only the system adds to it, below
    // the access layer, through the adapter. The entry has no hooks to run on write and nobody reads it back
    // here, so one insert does: Payload's create would read it back and populate it, five statements in all.
    await req.payload.db.create({
      collection: pluginSlugs.log,
      req,
      returning: false,
      data: {
        action:
          told?.action ??
          (operation === 'create' ? 'posted' : statusChanged ? `status:${doc.status}` : 'changed'),
        actor: told?.actor ?? (staffID ? `staff:${staffID}` : 'system'),
        changes,
        comment: doc.id,
        fromStatus: operation === 'create' ? undefined : previousDoc?.status,
        note: told?.note,
        reasons: told?.reasons,
        staff: staffID,
        toStatus: doc.status,
      },
    })
    return doc
  }

/**
 * A member of staff's delete through Payload (the admin panel, `DELETE /api/comments/:id`):
 * audited like any other staff change. The author's own delete writes its entry itself.
 */
export const auditCommentDelete =
  (options: SanitizedCommentModerationConfig): CollectionAfterDeleteHook =>
  async ({ context, doc, req }) => {
    const staffID = req.user?.collection === options.staffSlug ? req.user.id : undefined
    if (!staffID || context.moderation) return
    // The log is append-only for everyone (its access refuses every write): only the system adds to it.
    await req.payload.create({
      ...withSystemRights(req),
      collection: pluginSlugs.log,
      depth: 0,
      data: {
        action: 'deleted',
        actor: `staff:${staffID}`,
        fromStatus: doc.status,
        note: `Comment ${doc.id} removed`,
        staff: staffID,
      },
    })
  }
