import type { TaskConfig } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { pluginSlugs } from '../defaults.js'
import { withSystemRights } from '../operations/withSystemRights.js'

/**
 * Deletes spam older than `purgeSpamAfterDays` (moderators had that long to
 * rescue a false positive) and rate-limit entries nobody needs any more.
 * Scheduled daily on the `nightly` queue.
 */
export const purgeSpamTask = (
  options: SanitizedCommentModerationConfig,
): TaskConfig<{ input: Record<string, never>; output: { purged: number } }> => ({
  handler: async ({ req }) => {
    const before = new Date(Date.now() - options.purgeSpamAfterDays * 86_400_000).toISOString()
    // A scheduled job acts for nobody in particular: the system's clean-up, on its own rights.
    const { docs } = await req.payload.delete({
      ...withSystemRights(req),
      collection: options.commentsSlug,
      where: { and: [{ status: { equals: 'spam' } }, { updatedAt: { less_than: before } }] },
    })
    await req.payload.delete({
      ...withSystemRights(req),
      collection: pluginSlugs.rateLimits,
      where: { lastAt: { less_than: new Date(Date.now() - 86_400_000).toISOString() } },
    })
    return { output: { purged: docs.length } }
  },
  retries: 1,
  schedule: [{ cron: '0 0 3 * * *', queue: 'nightly' }],
  slug: 'commentPurgeSpam',
})
