import type { TaskConfig } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { pluginSlugs } from '../defaults.js'

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
    const { docs } = await req.payload.delete({
      collection: options.commentsSlug,
      overrideAccess: true,
      req,
      where: { and: [{ status: { equals: 'spam' } }, { updatedAt: { less_than: before } }] },
    })
    await req.payload.delete({
      collection: pluginSlugs.rateLimits,
      overrideAccess: true,
      req,
      where: { lastAt: { less_than: new Date(Date.now() - 86_400_000).toISOString() } },
    })
    return { output: { purged: docs.length } }
  },
  retries: 1,
  schedule: [{ cron: '0 0 3 * * *', queue: 'nightly' }],
  slug: 'commentPurgeSpam',
})
