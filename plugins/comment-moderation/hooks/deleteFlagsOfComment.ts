import type { CollectionBeforeDeleteHook } from 'payload'

import { pluginSlugs } from '../defaults.js'
import { withSystemRights } from '../operations/withSystemRights.js'

/**
 * A flag is about one comment (its `comment` is required) and means nothing without it, so every way a comment
 * goes — its author, a moderator, the spam purge — takes its flags with it, in the same transaction. Without
 * this the database refuses the delete and the caller gets a 500.
 */
export const deleteFlagsOfComment =
  (): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    // Flags are the moderators' records: an author deleting their own comment may not touch them, so the system does.
    await req.payload.delete({
      ...withSystemRights(req),
      collection: pluginSlugs.flags,
      where: { comment: { equals: id } },
    })
  }
