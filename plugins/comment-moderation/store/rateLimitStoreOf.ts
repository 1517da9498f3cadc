import type { SanitizedCommentModerationConfig } from '../types.js'
import type { RateLimitStore } from './RateLimitStore.js'

import { pluginSlugs } from '../defaults.js'
import { databaseRateLimitStore } from './databaseRateLimitStore.js'

const databaseStore = databaseRateLimitStore(pluginSlugs.rateLimits)

/** The configured store, or the database, which every process shares already. */
export const rateLimitStoreOf = (options: SanitizedCommentModerationConfig): RateLimitStore =>
  options.rateLimitStore ?? databaseStore
