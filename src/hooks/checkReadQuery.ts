import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { crossedCollections } from '../http/crossedCollections.js'
import { findQueryProblems } from '../http/findQueryProblems.js'
import { usesUUIDs } from '../http/usesUUIDs.js'
import type { QuerySchema } from '../http/resolveQueryPath.js'

/** Why a path into a collection the caller may not read is refused. */
const unreadable = 'Not queryable by this caller: the collection this path leads into may not be read.'

const refuse = (parameter: string, path: string, reason: string): never => {
  throw new APIError(
    `Query parameter "${parameter}" at "${path}": ${reason}`,
    400,
    { parameter, path, reason },
    true,
  )
}

/**
 * The query of a public read, count or bulk write, with the caller known:
 * - a filter or sort may not cross into a collection the caller may not read
 *   at all (an editor filtering comments by `author.reader.email` would learn
 *   readers' addresses): Payload 3.90.2 constrains such a hop only when the
 *   access answers a `Where`, and lets a `false` through;
 * - GraphQL's arguments get the query guard's rules (its `sort` is free text,
 *   so it could reach Payload's unawaited check, docs/security.md); REST's got
 *   them in src/http/queryGuard.ts before Payload started. Names that match no
 *   field stay Payload's own 400 here: this hook cannot tell a read of
 *   documents from a read of versions.
 */
export const checkReadQuery: CollectionBeforeOperationHook = async ({
  args,
  collection,
  overrideAccess,
  req,
}) => {
  // System calls made while serving a request (overrideAccess) are the code's own, not the caller's query.
  if (overrideAccess || (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL')) return args
  const { limit, page, sort, where } = args as Record<string, unknown>
  const schema: QuerySchema = {
    fields: collection.flattenedFields,
    fieldsOf: (slug) =>
      req.payload.config.collections.find((candidate) => candidate.slug === slug)?.flattenedFields,
    lenient: true,
    uuidIDs: usesUUIDs(req.payload),
  }
  // Payload's own population of relationships (its dataloader, `disableErrors`) asks for ids, in any number.
  if (req.payloadAPI === 'GraphQL' && (args as { disableErrors?: boolean }).disableErrors !== true) {
    const [problem] = findQueryProblems({ limit, page, sort, where }, schema)
    if (problem) refuse(problem.parameter, problem.path ?? '', problem.reason)
  }
  for (const { collection: slug, parameter, path } of crossedCollections({ sort, where }, schema)) {
    const read = req.payload.config.collections.find((candidate) => candidate.slug === slug)?.access.read
    if (read && (await read({ req })) === false) {
      refuse(parameter, path, unreadable)
    }
  }
  return args
}
