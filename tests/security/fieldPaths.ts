import type { FlattenedField } from 'payload'

export type FieldPath = { hidden: boolean; path: string; virtual: boolean }

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
    return [{ hidden, path, virtual: 'virtual' in field && field.virtual === true }]
  })
