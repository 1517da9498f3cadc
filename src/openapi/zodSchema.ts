import { z } from 'zod'

import type { JsonSchema } from './fieldsSchema.js'

/** Rewrites `#/$defs/x` references into the document's components, where the definitions are moved. */
const relink = (value: unknown, rename: (ref: string) => string): unknown => {
  if (Array.isArray(value)) return value.map((item) => relink(item, rename))
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === '$ref' && typeof item === 'string' ? rename(item) : relink(item, rename),
    ]),
  )
}

/**
 * The JSON Schema of a zod schema as the document embeds it: `input` for what a client sends
 * (defaults make a property optional), `output` for what the server answers. Recursive parts
 * (`$defs`) go to `components.schemas` under `name`, as references inside the document resolve
 * from its root.
 */
export const zodSchema = (
  schema: z.ZodType,
  io: 'input' | 'output',
  name: string,
  components: Record<string, JsonSchema>,
): JsonSchema => {
  const {
    $defs,
    $schema: _dialect,
    ...json
  } = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    // Transforms and refinements have no JSON Schema; their input or output type is still described.
    unrepresentable: 'any',
  }) as JsonSchema & { $defs?: Record<string, JsonSchema> }
  const rename = (ref: string) =>
    ref.startsWith('#/$defs/') ? `#/components/schemas/${name}${ref.slice('#/$defs/'.length)}` : ref
  for (const [key, definition] of Object.entries($defs ?? {})) {
    components[`${name}${key}`] = relink(definition, rename) as JsonSchema
  }
  return relink(json, rename) as JsonSchema
}
