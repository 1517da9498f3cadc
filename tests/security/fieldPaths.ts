import type { FlattenedField } from 'payload'

/** `polymorphic`: a relationship to several collections, queried by `.relationTo`/`.value` only. */
export type FieldPath = {
  field: FlattenedField
  hidden: boolean
  path: string
  polymorphic: boolean
  virtual: boolean
}

/**
 * Every queryable path of a collection: its fields, and the fields inside groups as `group.field`.
 * Arrays and blocks are left out: their rows are not probed one by one.
 */
export const fieldPaths = (fields: FlattenedField[], prefix = '', hiddenAbove = false): FieldPath[] =>
  fields.flatMap((field) => {
    const path = `${prefix}${field.name}`
    const hidden = hiddenAbove || Boolean(field.hidden)
    if (field.type === 'group') return fieldPaths(field.flattenedFields, `${path}.`, hidden)
    // Payload queries rows of arrays and blocks by their sub-fields only; joins are virtual.
    if (field.type === 'join' || field.type === 'array' || field.type === 'blocks') return []
    const polymorphic =
      (field.type === 'relationship' || field.type === 'upload') && Array.isArray(field.relationTo)
    return [{ field, hidden, path, polymorphic, virtual: 'virtual' in field && field.virtual === true }]
  })
