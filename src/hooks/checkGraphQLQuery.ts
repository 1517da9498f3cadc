import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { findQueryProblems } from '../http/findQueryProblems.js'

const reads = new Set(['count', 'read'])

/**
 * GraphQL's `sort` is free text and its `where` takes JSON under `contains`,
 * so a GraphQL read can name a path crossing two relationships, which reaches
 * Payload 3.90.2's unawaited check (docs/security.md). Its arguments get the
 * query guard's rules here, as REST's get them in src/http/queryGuard.ts
 * before Payload starts; names that match no field stay Payload's own 400.
 */
export const checkGraphQLQuery: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI !== 'GraphQL' || !reads.has(operation)) return args
  const { limit, page, sort, where } = args as Record<string, unknown>
  const [problem] = findQueryProblems(
    { limit, page, sort, where },
    {
      fields: collection.flattenedFields,
      fieldsOf: (slug) =>
        req.payload.config.collections.find((candidate) => candidate.slug === slug)?.flattenedFields,
      lenient: true,
    },
  )
  if (!problem) return args
  const at = problem.path ? ` at "${problem.path}"` : ''
  throw new APIError(`Argument "${problem.parameter}"${at}: ${problem.reason}`, 400, problem, true)
}
