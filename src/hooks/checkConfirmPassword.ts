import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

/**
 * The admin panel's account forms (create-first-user among them) send the password twice, as
 * `password` and `confirm-password`. Payload only checks they match in the browser; a request that
 * bypasses the form must not set a password its sender never confirmed.
 */
export const checkConfirmPassword: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const confirm = data?.['confirm-password']
  if (confirm === undefined || confirm === data?.password) return data
  throw new ValidationError({
    collection: collection.slug,
    errors: [{ message: 'Does not match the password.', path: 'confirm-password' }],
    req,
  })
}
