import type { CollectionConfig } from 'payload'

import { accountAuth } from '../../src/accounts/accountAuth.js'
import { clearLoginAttempts } from '../../src/accounts/clearLoginAttempts.js'
import { failUnknownLoginsLikeWrongPasswords } from '../../src/accounts/failUnknownLoginsLikeWrongPasswords.js'
import { throttleLogins } from '../../src/accounts/throttleLogins.js'
import { hasRole } from '../../src/access/hasRole.js'
import { isStaff, staffSlug } from '../../src/access/isStaff.js'
import { staffRoles } from '../../src/access/roles.js'
import { selfOrAdmin } from '../../src/access/selfOrAdmin.js'
import { staffOnly } from '../../src/access/staffOnly.js'
import { userHasRole } from '../../src/access/userHasRole.js'
import { rejectAuthFieldWrites } from '../../src/hooks/rejectAuthFieldWrites.js'
import { rejectDeniedChange } from '../../src/hooks/rejectDeniedChange.js'
import { checkConfirmPassword } from '../../src/hooks/checkConfirmPassword.js'
import { rejectMalformedInput } from '../../src/hooks/rejectMalformedInput.js'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin.js'

/** Staff accounts: the people who sign in to the admin panel. */
export const Users: CollectionConfig = {
  slug: staffSlug,
  access: {
    admin: ({ req: { user } }) => isStaff(user),
    create: hasRole('admin'),
    delete: hasRole('admin'),
    read: staffOnly,
    unlock: hasRole('admin'),
    update: selfOrAdmin(staffSlug),
  },
  admin: {
    defaultColumns: ['name', 'email', 'roles'],
    group: 'People',
    useAsTitle: 'name',
  },
  labels: { plural: 'Staff', singular: 'Staff member' },
  auth: {
    ...accountAuth,
    tokenExpiration: 8 * 60 * 60,
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'roles',
      type: 'select',
      access: {
        // Only an admin hands out roles; otherwise an editor could make themselves admin.
        create: ({ req: { user } }) => userHasRole(user, ['admin']),
        update: ({ req: { user } }) => userHasRole(user, ['admin']),
      },
      admin: {
        // Hidden on the create-first-user form, where nobody is signed in: makeFirstUserAdmin makes that
        // account an admin whatever the form says, so a Roles field there would only mislead.
        condition: (_data, _siblingData, { user }) => Boolean(user),
      },
      defaultValue: ['editor'],
      hasMany: true,
      hooks: { beforeValidate: [rejectDeniedChange] },
      options: staffRoles.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      required: true,
      saveToJWT: true,
    },
  ],
  hooks: {
    afterLogin: [clearLoginAttempts],
    beforeChange: [makeFirstUserAdmin],
    beforeOperation: [rejectAuthFieldWrites(), throttleLogins, failUnknownLoginsLikeWrongPasswords],
    beforeValidate: [rejectMalformedInput, checkConfirmPassword],
  },
  timestamps: true,
}
