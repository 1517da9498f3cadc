import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone.js'
import { selfOrAdmin } from '../../src/access/selfOrAdmin.js'
import { checkConfirmPassword } from '../../src/hooks/checkConfirmPassword.js'
import { rejectMalformedInput } from '../../src/hooks/rejectMalformedInput.js'

/**
 * Public accounts for people who comment and take assessments. A separate auth
 * collection from staff, so a reader's session can never open the admin panel.
 */
export const Readers: CollectionConfig = {
  slug: 'readers',
  access: {
    // Readers sign in through the API only; the admin panel is for staff.
    admin: () => false,
    create: anyone,
    delete: selfOrAdmin('readers'),
    read: selfOrAdmin('readers'),
    update: selfOrAdmin('readers'),
  },
  admin: {
    defaultColumns: ['displayName', 'email', '_verified', 'createdAt'],
    group: 'Settings',
    useAsTitle: 'displayName',
  },
  auth: {
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 30 * 24 * 60 * 60,
    verify: true,
  },
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
    beforeValidate: [rejectMalformedInput, checkConfirmPassword],
  },
  timestamps: true,
}
