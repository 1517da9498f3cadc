import type { PayloadRequest } from 'payload'

import type { RateLimitRule } from '../../../src/rateLimits/rateLimitRule.js'

import { publicServerURL } from '../../../src/publicServerURL.js'
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
  const site = publicServerURL()
  await req.payload.sendEmail({
    subject: 'Someone tried to register with your address',
    text:
      'Someone just tried to create a Kindred account with this email address, which already has one.\n\n' +
      `If it was you, sign in at ${site}/sign-in or choose a new password at ${site}/forgot-password. ` +
      'If it was not, you can ignore this email: nothing changed.\n',
    to: email,
  })
}
