import type { FlattenedField } from 'payload'

export type InputProblem = { message: string; path: string }

type Check = { expected: string; test: (value: unknown) => boolean }

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isID = (value: unknown) => typeof value === 'string' || typeof value === 'number'

const scalarChecks: Partial<Record<FlattenedField['type'], Check>> = {
  checkbox: { expected: 'true or false', test: (value) => typeof value === 'boolean' },
  code: { expected: 'text', test: (value) => typeof value === 'string' },
  date: {
    expected: 'a date (ISO 8601)',
    test: (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value)),
  },
  email: { expected: 'an email address as text', test: (value) => typeof value === 'string' },
  number: { expected: 'a number', test: (value) => typeof value === 'number' && Number.isFinite(value) },
  point: {
    expected: 'a [longitude, latitude] pair',
    test: (value) => Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number'),
  },
  radio: { expected: 'one of the options, as text', test: (value) => typeof value === 'string' },
  relationship: {
    expected: 'a document id',
    test: (value) => isID(value) || (isObject(value) && (isID(value.id) || isID(value.value))),
  },
  richText: { expected: 'a rich text document (object)', test: isObject },
  select: { expected: 'one of the options, as text', test: (value) => typeof value === 'string' },
  text: { expected: 'text', test: (value) => typeof value === 'string' },
  textarea: { expected: 'text', test: (value) => typeof value === 'string' },
  upload: {
    expected: 'a media id',
    test: (value) => isID(value) || (isObject(value) && isID(value.id)),
  },
}

const describe = (value: unknown): string => (Array.isArray(value) ? 'a list' : typeof value)

/**
 * What is wrong with the shape of a write before Payload sees it: keys that
 * name no field, and values of the wrong JSON type. Payload would drop the
 * first and coerce the second (`"soon"` into a number field becomes null),
 * turning a client's mistake into silent data loss.
 */
export const findInputProblems = (
  data: unknown,
  fields: FlattenedField[],
  allowedKeys: ReadonlySet<string>,
  prefix = '',
): InputProblem[] => {
  if (!isObject(data)) return []
  const problems: InputProblem[] = []
  const byName = new Map(fields.map((field) => [field.name, field]))
  for (const [key, value] of Object.entries(data)) {
    const path = `${prefix}${key}`
    const field = byName.get(key)
    if (!field) {
      if (!allowedKeys.has(key)) problems.push({ message: 'This field does not exist.', path })
      continue
    }
    // null clears a field; whether that is allowed is Payload's `required` check.
    if (value === null || value === undefined) continue
    if (field.type === 'group' || field.type === 'tab') {
      if (!isObject(value)) problems.push({ message: `Expected an object, got ${describe(value)}.`, path })
      else problems.push(...findInputProblems(value, field.flattenedFields, new Set(), `${path}.`))
      continue
    }
    if (field.type === 'array' || field.type === 'blocks') {
      if (!Array.isArray(value)) {
        problems.push({ message: `Expected a list, got ${describe(value)}.`, path })
        continue
      }
      if (field.type === 'array') {
        value.forEach((row, index) =>
          problems.push(
            ...findInputProblems(row, field.flattenedFields, new Set(['id']), `${path}.${index}.`),
          ),
        )
      }
      continue
    }
    const check = scalarChecks[field.type]
    if (!check) continue
    const many = 'hasMany' in field && field.hasMany === true
    const values = many ? (Array.isArray(value) ? value : [Symbol('not a list')]) : [value]
    if (many && !Array.isArray(value)) {
      problems.push({ message: `Expected a list of ${check.expected}, got ${describe(value)}.`, path })
      continue
    }
    const bad = values.findIndex((item) => !check.test(item))
    if (bad !== -1) {
      const where = many ? `${path}.${bad}` : path
      problems.push({ message: `Expected ${check.expected}, got ${describe(values[bad])}.`, path: where })
    }
  }
  return problems
}
