import { messages } from '../messages.js'

/** The 429 of an anonymous start past its client's limit, with `Retry-After` as clients and proxies expect. */
export const tooManyStarts = (retryAfterSeconds: number): Response =>
  Response.json(
    { errors: [{ message: messages.tooManyStarts }] },
    { headers: { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) }, status: 429 },
  )
