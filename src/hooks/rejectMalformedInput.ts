import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { findInputProblems } from '../utilities/findInputProblems.js'

/** Keys Payload itself accepts on every document, beside the declared fields. */
const systemKeys = ['_status', 'createdAt', 'id', 'updatedAt']
/**
 * An auth collection also takes a password, which Payload hashes instead of storing, and the
 * admin panel's repeat of it (`confirm-password`, checked by checkConfirmPassword, never stored).
 */
const authKeys = ['password', 'confirm-password']

/**
 * Writes through the public API (REST, GraphQL) that name an undeclared field
 * or give a value of the wrong type get a 400 naming each field, instead of
 * Payload's silent drop or coercion. The Local API is trusted code and passes.
 */
export const rejectMalformedInput: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  if (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL') return data
  const allowed = new Set(collection.auth ? [...systemKeys, ...authKeys] : systemKeys)
  const errors = findInputProblems(data, collection.flattenedFields, allowed)
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}
