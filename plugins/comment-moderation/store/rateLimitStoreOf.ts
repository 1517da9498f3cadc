import type { SanitizedCommentModerationConfig } from '../types.js'
import type { RateLimitStore } from './RateLimitStore.js'

import { pluginSlugs } from '../defaults.js'
import { databaseRateLimitStore } from './databaseRateLimitStore.js'
import { hashedKeys } from './hashedKeys.js'

const databaseStore = hashedKeys(databaseRateLimitStore(pluginSlugs.rateLimits))

/** The configured store, or the database, which every process shares already; either sees hashed keys only. */
export const rateLimitStoreOf = (options: SanitizedCommentModerationConfig): RateLimitStore =>
  options.rateLimitStore ? hashedKeys(options.rateLimitStore) : databaseStore
