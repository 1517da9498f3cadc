import type { CollectionBeforeOperationHook } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { CommentRefusal } from '../CommentRefusal.js'

/**
 * Authors may change and delete their own comments (the collection's access),
 * but only through the comment endpoints, where an edit runs the pipeline again
 * and a delete leaves a placeholder for the replies. Any other way in (GraphQL,
 * a bulk REST write) would skip that: 403. The operations say who acts in the
 * request's context; clients cannot set it.
 */
export const requirePipelineForAuthors =
  (options: SanitizedCommentModerationConfig): CollectionBeforeOperationHook =>
  ({ args, context, operation, req }) => {
    if (operation !== 'update' && operation !== 'delete') return args
    if (args.overrideAccess || options.isModerator(req.user) || context.moderation) return args
    // Where the host mounted the comments' endpoints: its API route and the comments' slug.
    const commentsPath = `${req.payload.config.routes.api}/${options.commentsSlug}`
    throw new CommentRefusal('authorsUseEndpoints', { details: { commentsPath } })
  }
