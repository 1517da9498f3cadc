import type { IncomingAuthType } from 'payload'

/**
 * Auth settings staff and readers share. Payload's own lock after failed sign-ins is off:
 * anyone could lock anyone out with ten wrong passwords, and its message told which emails
 * have accounts. Failed sign-ins are throttled per account and address instead
 * (`throttleLogins`). In production the session cookie is only sent over HTTPS.
 */
export const accountAuth = {
  cookies: { secure: process.env.NODE_ENV === 'production' },
  maxLoginAttempts: 0,
} satisfies IncomingAuthType
