import type { Access } from 'payload'

import { isStaff } from './isStaff.js'

/** Any signed-in staff member, whatever the role. */
export const staffOnly: Access = ({ req: { user } }) => isStaff(user)
