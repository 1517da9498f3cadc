import type { IncomingAuthType } from 'payload'

import { linkEmailHTML } from '../../src/email/linkEmailHTML.js'
import { publicServerURL } from '../../src/publicServerURL.js'

/** The email a reader gets from "forgot password": its link opens the reader site's `/reset-password` page. */
export const passwordResetEmail = {
  generateEmailHTML: ({ token, user } = {}) =>
    linkEmailHTML({
      after:
        'The link works for one hour. If you did not ask for it, ignore this email: your password stays as it is.',
      before:
        'Someone, we hope you, asked to reset the password of your Kindred account. Choose a new one here:',
      name: user?.displayName,
      link: {
        href: `${publicServerURL()}/reset-password?token=${encodeURIComponent(String(token))}`,
        label: 'Choose a new password',
      },
    }),
  generateEmailSubject: () => 'Reset your Kindred password',
} satisfies NonNullable<IncomingAuthType['forgotPassword']>
