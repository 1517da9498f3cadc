import type { CollectionBeforeChangeHook } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { countApproved } from '../operations/countApproved.js'

/**
 * An editor's save carries the count the form loaded, possibly stale by now:
 * every save of an article recounts instead, so no save can undo a comment.
 */
export const recountOnArticleSave =
  (options: SanitizedCommentModerationConfig): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (operation === 'create' || !originalDoc?.id) return { ...data, commentCount: 0 }
    return { ...data, commentCount: await countApproved(req, options, originalDoc.id) }
  }
