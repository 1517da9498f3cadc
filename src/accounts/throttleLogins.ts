import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { consumeRateLimit } from '../rateLimits/consumeRateLimit.js'
import { loginCredentials } from './loginCredentials.js'
import { attemptsPerAccountAndClient, attemptsPerClient, loginAccount, loginClient } from './loginRules.js'

/**
 * Counts a sign-in attempt before the password is checked (so parallel guesses cannot slip
 * past the count) and refuses it with 429 and Retry-After once the account-and-address or
 * the address has used its attempts. The answer is the same whether the email has an
 * account or not. Runs for REST, GraphQL and the Local API alike.
 */
export const throttleLogins: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const credentials = loginCredentials(operation, args)
  if (!credentials) return args
  const client = loginClient(req)
  for (const [rule, subject] of [
    [attemptsPerAccountAndClient, `${loginAccount(collection.slug, credentials.email)}\n${client}`],
    [attemptsPerClient, client],
  ] as const) {
    const decision = await consumeRateLimit(req, rule, subject)
    if (!decision.allowed) {
      const minutes = Math.ceil(decision.retryAfterSeconds / 60)
      req.responseHeaders ??= new Headers()
      req.responseHeaders.set('Retry-After', String(decision.retryAfterSeconds))
      throw new APIError(
        `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or reset your password.`,
        429,
        { retryAfterSeconds: decision.retryAfterSeconds },
        true,
      )
    }
  }
  return args
}
