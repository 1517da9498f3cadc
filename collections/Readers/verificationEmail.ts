import type { VerifyConfig } from 'payload'

import { linkEmailHTML } from '../../src/email/linkEmailHTML.js'
import { publicServerURL } from '../../src/publicServerURL.js'

/**
 * The email that confirms a new reader's address. Its link opens the reader site's `/verify` page (readers have
 * no admin panel), which confirms the address through the API.
 */
export const verificationEmail = {
  generateEmailHTML: ({ token, user }) =>
    linkEmailHTML({
      after:
        'If you did not create an account, you can ignore this email: no account works until its address is confirmed.',
      before: 'Thank you for creating a Kindred account. Please confirm that this is your email address:',
      name: user?.displayName,
      link: {
        href: `${publicServerURL()}/verify?token=${encodeURIComponent(token)}`,
        label: 'Confirm my email',
      },
    }),
  generateEmailSubject: () => 'Confirm your email for Kindred',
} satisfies VerifyConfig
