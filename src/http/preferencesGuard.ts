import type { RequestHandler } from 'express'

import express from 'express'

import { findUnstorable } from '../utilities/findUnstorable.js'

const readJSON = express.raw({ limit: '1mb', type: 'application/json' })

/**
 * `POST /api/payload-preferences/:key`: Payload writes the value straight into a jsonb column (`db.upsert`, no
 * collection hooks), so text PostgreSQL cannot hold (NUL, a lone surrogate) was a 500 for any signed-in account,
 * a reader's too. Read here first (the body is small), refused with a 400 naming where, and handed on as read.
 */
export const preferencesGuard: RequestHandler = (req, res, next) =>
  readJSON(req, res, (error?: unknown) => {
    if (error || !Buffer.isBuffer(req.body)) return next(error)
    let value: unknown
    try {
      value = JSON.parse(req.body.toString('utf8'))
    } catch {
      // Payload answers malformed JSON with its own 400.
      return next()
    }
    const found = findUnstorable(value)
    if (!found) return next()
    res.status(400).json({ errors: [{ data: { errors: [found] }, message: found.message }] })
  })
