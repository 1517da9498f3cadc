import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { userHasRole } from '../access/userHasRole.js'

/** Payload's own auth fields that only the server writes (hashing, locks, tokens). */
const serverOnly = [
  '_verificationToken',
  'hash',
  'lockUntil',
  'loginAttempts',
  'resetPasswordExpiration',
  'resetPasswordToken',
  'salt',
  'sessions',
]

/**
 * An auth collection's write through the API (REST, GraphQL) that names one of Payload's own auth
 * fields gets a 403 naming it. Payload would drop the server-only ones silently, and it lets any
 * signed-in user set `_verified`: an account could then verify or unverify itself. Only an admin
 * sets `_verified`. Payload reserves these names, so they cannot carry field access of our own.
 */
export const rejectAuthFieldWrites: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  if (args.overrideAccess || (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL')) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const refused = [
    ...serverOnly.filter((key) => key in data),
    ...('_verified' in data && !userHasRole(req.user, ['admin']) ? ['_verified'] : []),
  ]
  if (refused.length === 0) return args
  throw new APIError(
    `You may not set ${refused.join(', ')}.`,
    403,
    { errors: refused.map((path) => ({ message: 'You may not set this field.', path })) },
    true,
  )
}
