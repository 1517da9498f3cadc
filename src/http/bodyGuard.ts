import type { RequestHandler } from 'express'

/** The parameter busboy (Payload's multipart parser) throws without, synchronously: a 500. */
const boundary = /;\s*boundary=(?:"[^"]+"|[^;\s"]+)/i

/** The bodies Payload reads; anything else it silently ignores and runs the write with no data. */
const readable = new Set(['application/json', 'multipart/form-data'])

const refuse = (res: Parameters<RequestHandler>[1], status: number, message: string, reason: string) =>
  res.status(status).json({ errors: [{ data: { reason }, message }] })

/**
 * Writes to the API (mounted on `/api`) carry a body Payload can read: a
 * `text/plain` body would reach Payload as no data at all (415), and a
 * multipart Content-Type its parser refuses (no boundary) would be a 500 (400).
 * The multipart body itself is checked as it streams (checkedMultipart).
 */
export const bodyGuard: RequestHandler = (req, res, next) => {
  const type = (req.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  // Payload hands any request's multipart Content-Type to busboy, a GET's or DELETE's too.
  if (type === 'multipart/form-data' && !boundary.test(req.get('content-type') ?? '')) {
    refuse(res, 400, 'Malformed multipart body: no boundary in the Content-Type.', 'malformed multipart body')
    return
  }
  if (req.method !== 'POST' && req.method !== 'PATCH' && req.method !== 'PUT') return next()
  const hasBody = Number(req.get('content-length') || 0) > 0 || req.get('transfer-encoding') !== undefined
  if (hasBody && !readable.has(type)) {
    refuse(
      res,
      415,
      `Unsupported Content-Type "${type || 'none'}": send application/json or multipart/form-data.`,
      'unsupported content type',
    )
    return
  }
  next()
}
