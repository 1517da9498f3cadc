import type { CollectionBeforeOperationHook } from 'payload'

import { AuthenticationError } from 'payload'

import { withSystemRights } from '../utilities/withSystemRights.js'
import { hashForNobody } from './hashForNobody.js'
import { loginCredentials } from './loginCredentials.js'

/**
 * Payload answers a sign-in for an email without an account before hashing anything. This
 * answers it here instead, after hashing the password as a real check would, with the very
 * error a wrong password gets, so neither the answer nor its timing tells whether the email
 * has an account.
 */
export const failUnknownLoginsLikeWrongPasswords: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const credentials = loginCredentials(operation, args)
  if (!credentials) return args
  // System rights: whether an account exists is the question, whoever asks; the answer never leaves here.
  const { totalDocs } = await req.payload.count({
    ...withSystemRights(req),
    collection: collection.slug,
    where: { email: { equals: credentials.email.trim().toLowerCase() } },
  })
  if (totalDocs > 0) return args
  await hashForNobody(credentials.password)
  throw new AuthenticationError(req.t)
}
