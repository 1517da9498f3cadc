import type { RequestHandler } from 'express'

const refuse = (res: Parameters<RequestHandler>[1], reason: string, message: string) =>
  res.status(400).json({ errors: [{ data: { reason }, message }] })

/**
 * A path that is not valid percent-encoded UTF-8 (`/api/articles/%C0%AE`)
 * names nothing: a 400 saying so, instead of the router's decoding error
 * surfacing as a 500 further in. Nor does one holding a NUL (`%00`): it
 * reached PostgreSQL as an id or a token, which refuses it with a 500.
 */
export const pathEncodingGuard: RequestHandler = (req, res, next) => {
  let path: string
  try {
    path = decodeURIComponent(req.path)
  } catch {
    refuse(res, 'invalid percent-encoding', 'The path is not valid percent-encoded UTF-8.')
    return
  }
  if (path.includes('\u0000')) {
    refuse(res, 'NUL in the path', 'The path may not contain the NUL character (%00).')
    return
  }
  next()
}
