import type { Access } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { ownCommentsWhere } from './ownCommentsWhere.js'

/**
 * The collection's own rule for staff (moderators read and change everything),
 * widened to each author's own comments.
 */
export const orOwnComments =
  (options: SanitizedCommentModerationConfig, collectionRule: Access | undefined): Access =>
  async (args) => {
    const granted = collectionRule ? await collectionRule(args) : false
    return granted || ownCommentsWhere(args.req.user, options)
  }
