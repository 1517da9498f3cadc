import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

type Args = Parameters<CollectionBeforeOperationHook>[0] | Parameters<GlobalBeforeOperationHook>[0]

const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A create or update through the public API needs a document to write: with
 * no body (or a JSON list) Payload's field hooks fail on `undefined`, a 500.
 * Here it is a 400 saying what to send.
 */
export const requireWriteData = ({ args, operation, req }: Args) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL') return args
  if (isObject((args as { data?: unknown }).data)) return args
  throw new APIError(
    'This write needs a body: a JSON object (Content-Type: application/json) or multipart form data.',
    400,
    { reason: 'missing body' },
    true,
  )
}
