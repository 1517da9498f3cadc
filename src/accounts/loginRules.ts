import type { PayloadRequest } from 'payload'

import type { RateLimitRule } from '../rateLimits/rateLimitRule.js'

import { clientIPFromRequest } from '../http/clientIP.js'

const fifteenMinutes = 15 * 60 * 1000

/**
 * Sign-in attempts on one account from one address; a successful sign-in clears it. Keyed
 * on the pair, not the account alone, so a stranger elsewhere cannot lock the owner out.
 */
export const attemptsPerAccountAndClient: RateLimitRule = {
  bucket: 'login-account-client',
  limit: 10,
  windowMs: fifteenMinutes,
}

/** Sign-in attempts from one address on any accounts: bounds guessing across many emails. */
export const attemptsPerClient: RateLimitRule = {
  bucket: 'login-client',
  limit: 50,
  windowMs: fifteenMinutes,
}

/** The address a sign-in comes from (the Local API has none: one shared subject). */
export const loginClient = (req: PayloadRequest): string => clientIPFromRequest(req) ?? 'local'

/** An account in a collection, as the rate limits key it (an email is matched case-insensitively). */
export const loginAccount = (collection: string, email: string): string =>
  `${collection}:${email.trim().toLowerCase()}`
