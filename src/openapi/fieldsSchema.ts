import type { Field } from 'payload'

/** A JSON Schema (2020-12) object, as the OpenAPI document embeds it. */
export type JsonSchema = Record<string, unknown>

const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] })

/**
 * A relationship as a read answers it: the related id at depth 0, the document when populated
 * (a documented collection by reference; one the caller may not read stays an id or is null).
 */
const related = (relationTo: string | string[], documented: ReadonlySet<string>): JsonSchema => {
  const one = (slug: string): JsonSchema[] => [
    { type: 'string' },
    documented.has(slug) ? { $ref: `#/components/schemas/${slug}` } : { type: 'object' },
  ]
  if (Array.isArray(relationTo)) {
    return {
      properties: { relationTo: { enum: relationTo }, value: { anyOf: relationTo.flatMap(one) } },
      required: ['relationTo', 'value'],
      type: 'object',
    }
  }
  return { anyOf: one(relationTo) }
}

const fieldSchema = (field: Field, documented: ReadonlySet<string>): JsonSchema | undefined => {
  switch (field.type) {
    case 'array':
      return { items: fieldsSchema(field.fields, documented), type: 'array' }
    case 'checkbox':
      return { type: 'boolean' }
    case 'date':
      return { format: 'date-time', type: 'string' }
    case 'email':
      return { format: 'email', type: 'string' }
    case 'group':
      return fieldsSchema(field.fields, documented)
    case 'json':
    case 'point':
      return {}
    case 'number':
      return field.hasMany ? { items: { type: 'number' }, type: 'array' } : { type: 'number' }
    case 'radio':
    case 'select': {
      const values = field.options.map((option) => (typeof option === 'string' ? option : option.value))
      const one = { enum: values, type: 'string' }
      return 'hasMany' in field && field.hasMany ? { items: one, type: 'array' } : one
    }
    case 'relationship':
    case 'upload': {
      const one = related(field.relationTo, documented)
      return field.hasMany ? { items: one, type: 'array' } : one
    }
    case 'richText':
      return { description: 'Lexical editor state (`root.children`).', type: 'object' }
    case 'code':
    case 'text':
    case 'textarea':
      return 'hasMany' in field && field.hasMany
        ? { items: { type: 'string' }, type: 'array' }
        : { type: 'string' }
    default:
      return undefined
  }
}

/**
 * The JSON Schema of a document with these (sanitized) fields, as a REST read answers it.
 * Presentational fields (ui, rows, collapsibles) add nothing of their own; hidden fields never
 * leave the server, and the schema is closed so that the contract test notices one that does. Only `required` fields without field-level read access are listed as
 * required: any other may be absent or null.
 */
export const fieldsSchema = (fields: readonly Field[], documented: ReadonlySet<string>): JsonSchema => {
  const properties: Record<string, JsonSchema> = {}
  const required: string[] = []
  const add = (list: readonly Field[]) => {
    for (const field of list) {
      if (field.type === 'row' || field.type === 'collapsible') {
        add(field.fields)
        continue
      }
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) properties[tab.name] = fieldsSchema(tab.fields, documented)
          else add(tab.fields)
        }
        continue
      }
      if (!('name' in field) || ('hidden' in field && field.hidden)) continue
      const schema = fieldSchema(field, documented)
      if (!schema) continue
      const isRequired = 'required' in field && field.required && !field.access?.read
      if (isRequired) required.push(field.name)
      properties[field.name] = isRequired ? schema : nullable(schema)
    }
  }
  add(fields)
  return { additionalProperties: false, properties, required, type: 'object' }
}
