import type { CollectionAfterLoginHook } from 'payload'

import { clearRateLimit } from '../rateLimits/clearRateLimit.js'
import { attemptsPerAccountAndClient, loginAccount, loginClient } from './loginRules.js'

/** A successful sign-in forgets the failed attempts on that account from that address. */
export const clearLoginAttempts: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  const email = (user as { email?: string }).email
  if (email)
    await clearRateLimit(
      req,
      attemptsPerAccountAndClient,
      `${loginAccount(collection.slug, email)}\n${loginClient(req)}`,
    )
  return user
}
