import type { FieldHook } from 'payload'

import { APIError } from 'payload'

/**
 * A field hook (`beforeValidate`) for fields whose `access.create`/`access.update` keeps some
 * callers out: a caller who sends a new value for such a field gets a 403 naming it, instead of
 * Payload's silent drop, which would answer 200 as if the change had been made. Sending the stored
 * value back unchanged (as the admin panel's form does) passes. Trusted code (`overrideAccess`) passes.
 */
export const rejectDeniedChange: FieldHook = async ({
  data,
  field,
  operation,
  originalDoc,
  overrideAccess,
  path,
  previousValue,
  req,
  siblingData,
  value,
}) => {
  if (overrideAccess || !('name' in field) || !field.name || !(field.name in (siblingData ?? {})))
    return value
  if (operation !== 'create' && operation !== 'update') return value
  if (operation === 'update' && JSON.stringify(value ?? null) === JSON.stringify(previousValue ?? null))
    return value
  const access = field.access?.[operation]
  if (!access) return value
  const allowed = await access({ data, doc: originalDoc, id: originalDoc?.id, req, siblingData })
  if (allowed) return value
  const fieldPath = path.join('.')
  throw new APIError(
    `You may not set ${fieldPath}.`,
    403,
    { errors: [{ message: 'You may not set this field.', path: fieldPath }] },
    true,
  )
}
