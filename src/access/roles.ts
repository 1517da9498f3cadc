/** Staff roles, in the order the admin lists them. `admin` may do everything. */
export const staffRoles = ['admin', 'editor', 'moderator', 'counselor'] as const

export type StaffRole = (typeof staffRoles)[number]
