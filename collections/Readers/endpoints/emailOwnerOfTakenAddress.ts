import type { PayloadRequest } from 'payload'

import type { RateLimitRule } from '../../../src/rateLimits/rateLimitRule.js'

import { consumeRateLimit } from '../../../src/rateLimits/consumeRateLimit.js'

/** One notice an hour per address, so registering with it over and over cannot flood its inbox. */
const noticesPerAddress: RateLimitRule = {
  bucket: 'taken-address-notice',
  limit: 1,
  windowMs: 60 * 60 * 1000,
}

/**
 * Tells the owner of an address that someone tried to register with it: the one person
 * entitled to learn that it already has an account.
 */
export const emailOwnerOfTakenAddress = async (req: PayloadRequest, email: string) => {
  if (!(await consumeRateLimit(req, noticesPerAddress, email)).allowed) return
  const api = `${req.payload.config.serverURL}${req.payload.config.routes.api}`
  await req.payload.sendEmail({
    subject: 'Someone tried to register with your address',
    text:
      'Someone just tried to create a Kindred account with this email address, which already has one.\n\n' +
      `If it was you, sign in (POST ${api}/readers/login) or reset your password ` +
      `(POST ${api}/readers/forgot-password). If it was not, you can ignore this email: nothing changed.\n`,
    to: email,
  })
}
