import type { RequestHandler } from 'express'
import type { Collection, Payload } from 'payload'

import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * `GET /api/<upload collection>/file/<name>` of a file that is not on disk answers 404. Payload's
 * file route answers that case with a 500 (and logs an error), so a stale or mistyped image URL
 * would look like a server fault. Names that leave the upload folder are left to Payload's 400.
 * Mounted under `/api`.
 */
export const missingFileNotFound =
  (payload: Payload): RequestHandler =>
  async (req, res, next) => {
    const match = /^\/([^/]+)\/file\/([^/]+)$/.exec(req.path)
    const upload =
      match && (payload.collections as Record<string, Collection | undefined>)[match[1]]?.config.upload
    if (!match || !upload || (req.method !== 'GET' && req.method !== 'HEAD')) return next()
    const dir = path.resolve(upload.staticDir || match[1])
    const file = path.resolve(dir, decodeURIComponent(match[2]))
    if (!file.startsWith(dir + path.sep)) return next()
    const found = await fs.stat(file).then(
      (stats) => stats.isFile(),
      () => false,
    )
    if (found) return next()
    res.status(404).json({ errors: [{ message: 'No such file.' }] })
  }
