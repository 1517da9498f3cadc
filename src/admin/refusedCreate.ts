import type { SanitizedPermissions } from 'payload'

/**
 * The collection whose Create New page (`/collections/:slug/create`, as admin route segments)
 * the permissions do not allow, or undefined. Payload answers that page with "you must be logged
 * in", which misleads a signed-in staff member; a collection she cannot read at all is left to
 * Payload's own not-found.
 */
export const refusedCreate = (
  segments: readonly string[] | undefined,
  permissions: SanitizedPermissions,
): string | undefined => {
  if (segments?.length !== 3 || segments[0] !== 'collections' || segments[2] !== 'create') return undefined
  const collection = permissions.collections?.[segments[1]]
  return collection && !collection.create ? segments[1] : undefined
}
