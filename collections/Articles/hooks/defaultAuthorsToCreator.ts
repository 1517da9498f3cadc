import type { CollectionBeforeChangeHook } from 'payload'

import { isStaff } from '../../../src/access/isStaff.js'

/**
 * An article created without authors is credited to the staff member creating it, so the public
 * API never shows an article by nobody. The admin form already proposes them (the field's
 * defaultValue); this covers REST, GraphQL and forms that cleared the field.
 */
export const defaultAuthorsToCreator: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const empty = !Array.isArray(data.authors) || data.authors.length === 0
  if (operation === 'create' && empty && isStaff(req.user)) return { ...data, authors: [req.user.id] }
  return data
}
