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
 * sets `_verified`, and, with `verifiedEmail`, changes the email: a verified account must not move
 * to an address nobody proved they own (notifications go there). Payload reserves these names, so
 * they cannot carry field access of our own.
 */
export const rejectAuthFieldWrites =
  ({ verifiedEmail = false }: { verifiedEmail?: boolean } = {}): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
    if (args.overrideAccess || (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL')) return args
    const data = (args.data ?? {}) as Record<string, unknown>
    const admin = userHasRole(req.user, ['admin'])
    const movesEmail =
      verifiedEmail &&
      operation !== 'create' &&
      typeof data.email === 'string' &&
      data.email.trim().toLowerCase() !== String(req.user?.email ?? '').toLowerCase()
    const refused = [
      ...serverOnly.filter((key) => key in data),
      ...('_verified' in data && !admin ? ['_verified'] : []),
      ...(movesEmail && !admin ? ['email'] : []),
    ]
    if (refused.length === 0) return args
    throw new APIError(
      `You may not set ${refused.join(', ')}.`,
      403,
      { errors: refused.map((path) => ({ message: 'You may not set this field.', path })) },
      true,
    )
  }
