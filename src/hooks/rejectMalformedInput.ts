import type { CollectionBeforeValidateHook, GlobalBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { findInputProblems } from '../utilities/findInputProblems.js'

/** Keys Payload itself accepts on every document, beside the declared fields. */
const systemKeys = ['_status', 'createdAt', 'id', 'updatedAt']
/**
 * An auth collection also takes a password, which Payload hashes instead of storing, and the
 * admin panel's repeat of it (`confirm-password`, checked by checkConfirmPassword, never stored).
 */
const authKeys = ['password', 'confirm-password']
/** A global's document also carries its slug. */
const globalKeys = [...systemKeys, 'globalType']

type Args = Parameters<CollectionBeforeValidateHook>[0] | Parameters<GlobalBeforeValidateHook>[0]

/**
 * Writes through the public API (REST, GraphQL) that name an undeclared field
 * or give a value of the wrong type get a 400 naming each field, instead of
 * Payload's silent drop or coercion (or, for a list sent to a text field, a
 * failed SQL insert). The Local API is trusted code and passes. Serves
 * collections and globals alike.
 */
export const rejectMalformedInput = <T extends Args>(args: T): T['data'] => {
  const { data, req } = args
  if (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL') return data
  if ('global' in args && args.global) {
    const errors = findInputProblems(data, args.global.flattenedFields, new Set(globalKeys))
    if (errors.length) throw new ValidationError({ errors, global: args.global.slug, req })
    return data
  }
  const { collection } = args as Parameters<CollectionBeforeValidateHook>[0]
  const allowed = new Set(collection.auth ? [...systemKeys, ...authKeys] : systemKeys)
  const errors = findInputProblems(data, collection.flattenedFields, allowed)
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}
