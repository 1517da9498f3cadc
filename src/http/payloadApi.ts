import type { RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { handleEndpoints } from 'payload'

import { sendWebResponse } from './sendWebResponse.js'
import { toWebRequest } from './toWebRequest.js'

/**
 * Adapts a Web handler (Request → Response) to Express. An error after the
 * client left (its upload cut short) is nobody's to answer, so it is dropped.
 */
export const expressFromWeb =
  (handler: (request: globalThis.Request) => Promise<Response>): RequestHandler =>
  async (req, res, next) => {
    let left = false
    res.on('close', () => {
      left = !res.writableFinished
    })
    try {
      const response = await handler(toWebRequest(req))
      await sendWebResponse(res, response, req.method === 'HEAD')
    } catch (error) {
      if (left) return
      next(error)
    }
  }

/** Payload's REST API: collections, auth, and every custom endpoint of the plugins. */
export const payloadApi = (
  config: Promise<SanitizedConfig> | SanitizedConfig,
  payloadInstanceCacheKey?: string,
): RequestHandler =>
  expressFromWeb((request) => handleEndpoints({ config, payloadInstanceCacheKey, request }))
