import type { CollectionBeforeValidateHook, FlattenedField } from 'payload'

import { ValidationError } from 'payload'

/** Keys Payload itself accepts on every document, beside the declared fields. */
const systemKeys = new Set(['_status', 'createdAt', 'id', 'updatedAt'])

type Problem = { message: string; path: string }

const findUnknown = (data: unknown, fields: FlattenedField[], prefix: string, problems: Problem[]): void => {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return
  const byName = new Map(fields.map((field) => [field.name, field]))
  for (const [key, value] of Object.entries(data)) {
    const field = byName.get(key)
    if (!field) {
      if (!(prefix === '' ? systemKeys.has(key) : key === 'id')) {
        problems.push({ message: 'This field does not exist.', path: `${prefix}${key}` })
      }
      continue
    }
    if (field.type === 'group') findUnknown(value, field.flattenedFields, `${prefix}${key}.`, problems)
    if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) =>
        findUnknown(row, field.flattenedFields, `${prefix}${key}.${index}.`, problems),
      )
    }
  }
}

/**
 * Payload drops keys it does not know. Through the public API that hides a
 * client's typo behind a 200, so REST and GraphQL writes naming an undeclared
 * field get a 400 naming it instead. The Local API is trusted code and passes.
 */
export const rejectUnknownFields: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  if (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL') return data
  const problems: Problem[] = []
  findUnknown(data, collection.flattenedFields, '', problems)
  if (problems.length) throw new ValidationError({ collection: collection.slug, errors: problems, req })
  return data
}
