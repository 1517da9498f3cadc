import type { Access, Where } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { ownCommentsWhere } from './ownCommentsWhere.js'

/**
 * The collection's own rule for staff (moderators read and change everything),
 * widened to each author's own comments, narrowed further by `only` when given.
 */
export const orOwnComments =
  (options: SanitizedCommentModerationConfig, collectionRule: Access | undefined, only?: Where): Access =>
  async (args) => {
    const granted = collectionRule ? await collectionRule(args) : false
    if (granted) return granted
    const own = ownCommentsWhere(args.req.user, options)
    return own && only ? { and: [own, only] } : own
  }
