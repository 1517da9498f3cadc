import type { SanitizedCommentModerationConfig } from '../types.js'
import type { RateLimitStore } from './RateLimitStore.js'

import { pluginSlugs } from '../defaults.js'
import { databaseRateLimitStore } from './databaseRateLimitStore.js'
import { fallingBackTo } from './fallingBackTo.js'
import { hashedKeys } from './hashedKeys.js'

const databaseStore = databaseRateLimitStore(pluginSlugs.rateLimits)

/**
 * The configured store, or the database, which every process shares already; either sees hashed keys only.
 * A configured store that fails gives way to the database rather than refusing every comment.
 */
export const rateLimitStoreOf = (options: SanitizedCommentModerationConfig): RateLimitStore =>
  hashedKeys(options.rateLimitStore ? fallingBackTo(options.rateLimitStore, databaseStore) : databaseStore)
