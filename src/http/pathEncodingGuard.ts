import type { RequestHandler } from 'express'

/**
 * A path that is not valid percent-encoded UTF-8 (`/api/articles/%C0%AE`)
 * names nothing: a 400 saying so, instead of the router's decoding error
 * surfacing as a 500 further in.
 */
export const pathEncodingGuard: RequestHandler = (req, res, next) => {
  try {
    decodeURIComponent(req.path)
  } catch {
    res.status(400).json({
      errors: [
        {
          data: { reason: 'invalid percent-encoding' },
          message: 'The path is not valid percent-encoded UTF-8.',
        },
      ],
    })
    return
  }
  next()
}
