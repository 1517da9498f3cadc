import { isObject, listOf, type QuerySchema, resolveQueryPath } from './resolveQueryPath.js'

/** Every field path a `where` (through and/or) and a `sort` name, with the parameter it came from. */
const queryPaths = (where: unknown, sort: unknown): { parameter: string; path: string }[] => {
  const fromWhere = (node: unknown): string[] =>
    isObject(node)
      ? Object.entries(node).flatMap(([key, value]) =>
          key.toLowerCase() === 'and' || key.toLowerCase() === 'or'
            ? (listOf(value) ?? []).flatMap(fromWhere)
            : [key],
        )
      : []
  const sorted = typeof sort === 'string' ? sort.split(',') : (listOf(sort) ?? [])
  return [
    ...fromWhere(where).map((path) => ({ parameter: 'where', path })),
    ...sorted.map((item) => ({ parameter: 'sort', path: String(item).trim().replace(/^[-+]/, '') })),
  ]
}

/**
 * The collections a query's `where` and `sort` paths reach through a
 * relationship, for a check of the caller's read access to each: Payload
 * 3.90.2 lets a filter cross into a collection the caller may not read
 * at all (only a `Where` access result constrains the hop).
 */
export const crossedCollections = (
  query: { sort?: unknown; where?: unknown },
  schema: QuerySchema,
): { collection: string; parameter: string; path: string }[] =>
  queryPaths(query.where, query.sort).flatMap(({ parameter, path }) =>
    (resolveQueryPath(path, schema, schema.fields).via ?? []).map((collection) => ({
      collection,
      parameter,
      path,
    })),
  )
