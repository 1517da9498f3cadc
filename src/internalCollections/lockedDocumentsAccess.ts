import type { Access, CollectionBeforeChangeHook, Where } from 'payload'

import { isStaff } from '../access/isStaff.js'

/**
 * Document locks are the admin panel's: staff see every lock (the panel shows who is
 * editing a document and lets another editor take it over), but a lock is only ever
 * held in one's own name and only one's own lock can be released. Readers and
 * anonymous callers see none: a lock names a staff account and a draft's id.
 */
export const lockedDocumentsAccess: Record<'create' | 'delete' | 'read' | 'update', Access> = {
  create: ({ req: { user } }) => isStaff(user),
  delete: ({ req: { user } }) => {
    if (!isStaff(user)) return false
    const own: Where[] = [
      { 'user.relationTo': { equals: user.collection } },
      { 'user.value': { equals: user.id } },
    ]
    return { and: own }
  },
  read: ({ req: { user } }) => isStaff(user),
  update: ({ req: { user } }) => isStaff(user),
}

/** Whatever `user` a request sends, a lock it writes is held by the one who wrote it (taking over is allowed, framing a colleague is not). */
export const holdLockInOwnName: CollectionBeforeChangeHook = ({ data, req: { user } }) =>
  user ? { ...data, user: { relationTo: user.collection, value: user.id } } : data
