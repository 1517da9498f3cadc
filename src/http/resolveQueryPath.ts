import type { FlattenedField } from 'payload'

/** The fields a query is checked against, and how to reach another collection's fields. */
export type QuerySchema = {
  fields: FlattenedField[]
  fieldsOf: (collection: string) => FlattenedField[] | undefined
  /**
   * Leave names that match no field to Payload's own (awaited) check, and read a leading `version.` as a
   * document version's: for GraphQL, whose arguments reach a hook that cannot tell a find from a find of versions.
   */
  lenient?: boolean
  /** Bulk updates and deletes may say `limit=0` (all matches), as the admin panel's "delete selected" does. */
  write?: boolean
  /** Documents' ids are UUIDs (the SQL adapters' `idType: 'uuid'`): a list of ids is checked to hold only UUIDs. */
  uuidIDs?: boolean
}

/** Bounds of a sane query; beyond them a request is a mistake or an attack, never a reader's need. */
export const queryLimits = {
  /** Relationship hops a where/sort path may cross: deeper ones reach Payload 3.90.2's unawaited check. */
  hops: 1,
  depth: 3,
  limit: 100,
  listValues: 500,
  page: 100_000,
  selectNesting: 5,
  sortFields: 5,
  whereConditions: 50,
  whereNesting: 5,
} as const

/** Why a path is refused. */
export const pathReasons = {
  hidden: 'This field cannot be queried.',
  notAField: 'No such field.',
  tooDeep: `The path crosses more than ${queryLimits.hops} relationship; query the related collection instead.`,
}

export type ResolvedPath = {
  field?: FlattenedField
  fields?: FlattenedField[]
  hops: number
  reason?: string
  /** The collections the path enters through a relationship or join, in order. */
  via?: string[]
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** qs turns `x[0]=a` into a list, and `x[25]=a` (past its array limit) into an object with numeric keys. */
export const listOf = (value: unknown): unknown[] | undefined => {
  if (Array.isArray(value)) return value
  if (isObject(value) && Object.keys(value).every((key) => /^\d+$/.test(key))) return Object.values(value)
  return undefined
}

/**
 * Follows a dotted path (GraphQL's `__` too) through the fields, counting the
 * relationships it crosses; says why when a segment names no field, a hidden
 * one, or lies past the allowed number of hops.
 */
export const resolveQueryPath = (
  path: string,
  schema: QuerySchema,
  root: FlattenedField[],
  startHops = 0,
): ResolvedPath => {
  const segments = path.replace(/__/g, '.').split('.')
  if (schema.lenient && segments[0] === 'version' && segments.length > 1) segments.shift()
  let fields: FlattenedField[] | undefined = root
  let field: FlattenedField | undefined
  let hops = startHops
  const via: string[] = []
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1
    field = fields?.find((candidate) => candidate.name === segment)
    if (!field) {
      // `id` is implicit on every document; `blockType` on every block.
      if (last && fields && ['_id', 'blockType', 'id'].includes(segment)) return { hops }
      return schema.lenient ? { hops } : { hops, reason: pathReasons.notAField }
    }
    if (field.hidden === true || ('virtual' in field && field.virtual === true)) {
      return { hops, reason: pathReasons.hidden }
    }
    if (last) break
    switch (field.type) {
      case 'array':
      case 'group':
      case 'tab':
        fields = field.flattenedFields
        break
      case 'blocks':
        fields = field.blocks.flatMap((block) => block.flattenedFields)
        break
      case 'json':
      case 'richText':
        // Payload queries inside JSON by path; there are no fields to check there.
        return { field, hops }
      case 'relationship':
      case 'upload': {
        if (Array.isArray(field.relationTo)) {
          const rest = segments.slice(index + 1).join('.')
          return rest === 'value' || rest === 'relationTo'
            ? { field, hops }
            : { hops, reason: pathReasons.notAField }
        }
        hops += 1
        via.push(field.relationTo)
        fields = schema.fieldsOf(field.relationTo)
        break
      }
      case 'join':
        hops += 1
        if (typeof field.collection === 'string') via.push(field.collection)
        fields = typeof field.collection === 'string' ? schema.fieldsOf(field.collection) : undefined
        break
      default:
        fields = undefined
    }
    if (hops > queryLimits.hops) return { hops, reason: pathReasons.tooDeep }
  }
  const target =
    field &&
    (field.type === 'relationship' || field.type === 'upload') &&
    typeof field.relationTo === 'string'
      ? schema.fieldsOf(field.relationTo)
      : field?.type === 'join' && typeof field.collection === 'string'
        ? schema.fieldsOf(field.collection)
        : undefined
  return { field, fields: target, hops, via }
}
