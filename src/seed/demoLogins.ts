import type { StaffRole } from '../access/roles.js'

/**
 * Demo accounts made by the seed. Their passwords are public on purpose: the
 * seed runs by itself only on an empty embedded database in development.
 */
export const demoStaff: { email: string; name: string; password: string; role: StaffRole }[] = [
  { email: 'admin@kindred.local', name: 'Ada Admin', password: 'kindred-admin', role: 'admin' },
  { email: 'editor@kindred.local', name: 'Eddie Editor', password: 'kindred-editor', role: 'editor' },
  {
    email: 'moderator@kindred.local',
    name: 'Mona Moderator',
    password: 'kindred-moderator',
    role: 'moderator',
  },
  {
    email: 'counselor@kindred.local',
    name: 'Cole Counselor',
    password: 'kindred-counselor',
    role: 'counselor',
  },
]

export const demoReader = {
  displayName: 'Roger M.',
  email: 'reader@kindred.local',
  password: 'kindred-reader',
}
