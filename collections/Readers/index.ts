import type { CollectionConfig } from 'payload'

import { accountAuth } from '../../src/accounts/accountAuth.js'
import { clearLoginAttempts } from '../../src/accounts/clearLoginAttempts.js'
import { failUnknownLoginsLikeWrongPasswords } from '../../src/accounts/failUnknownLoginsLikeWrongPasswords.js'
import { throttleLogins } from '../../src/accounts/throttleLogins.js'
import { hasRole } from '../../src/access/hasRole.js'
import { selfOrAdmin } from '../../src/access/selfOrAdmin.js'
import { rejectAuthFieldWrites } from '../../src/hooks/rejectAuthFieldWrites.js'
import { checkConfirmPassword } from '../../src/hooks/checkConfirmPassword.js'
import { rejectMalformedInput } from '../../src/hooks/rejectMalformedInput.js'
import { registerReader } from './endpoints/registerReader.js'
import { passwordResetEmail } from './passwordResetEmail.js'
import { mayCreateReader } from './registering.js'
import { verificationEmail } from './verificationEmail.js'

/**
 * Public accounts for people who comment and take assessments. A separate auth
 * collection from staff, so a reader's session can never open the admin panel.
 */
export const Readers: CollectionConfig = {
  slug: 'readers',
  access: {
    // Readers sign in through the API only; the admin panel is for staff.
    admin: () => false,
    create: mayCreateReader,
    delete: selfOrAdmin('readers'),
    read: selfOrAdmin('readers'),
    unlock: hasRole('admin'),
    update: selfOrAdmin('readers'),
  },
  admin: {
    defaultColumns: ['displayName', 'email', '_verified', 'createdAt'],
    group: 'People',
    useAsTitle: 'displayName',
  },
  labels: { plural: 'Reader accounts', singular: 'Reader account' },
  auth: {
    ...accountAuth,
    // Readers have no admin panel: the emailed links open the reader site's pages.
    forgotPassword: passwordResetEmail,
    tokenExpiration: 30 * 24 * 60 * 60,
    verify: verificationEmail,
  },
  endpoints: [registerReader],
  fields: [
    {
      name: 'displayName',
      type: 'text',
      admin: { description: 'Shown beside the reader’s comments. Their email never is.' },
      maxLength: 60,
      required: true,
    },
  ],
  hooks: {
    afterLogin: [clearLoginAttempts],
    beforeOperation: [
      rejectAuthFieldWrites({ verifiedEmail: true }),
      throttleLogins,
      failUnknownLoginsLikeWrongPasswords,
    ],
    beforeValidate: [rejectMalformedInput, checkConfirmPassword],
  },
  timestamps: true,
}
