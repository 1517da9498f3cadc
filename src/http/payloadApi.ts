import type { RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { handleEndpoints } from 'payload'

import { sendWebResponse } from './sendWebResponse.js'
import { toWebRequest } from './toWebRequest.js'

/** Adapts a Web handler (Request → Response) to Express, aborting it if the client leaves. */
export const expressFromWeb =
  (handler: (request: globalThis.Request) => Promise<Response>): RequestHandler =>
  async (req, res, next) => {
    const controller = new AbortController()
    res.on('close', () => {
      if (!res.writableFinished) controller.abort()
    })
    try {
      const response = await handler(toWebRequest(req, controller.signal))
      await sendWebResponse(res, response, req.method === 'HEAD')
    } catch (error) {
      if (controller.signal.aborted) return
      next(error)
    }
  }

/** Payload's REST API: collections, auth, and every custom endpoint of the plugins. */
export const payloadApi = (
  config: Promise<SanitizedConfig> | SanitizedConfig,
  payloadInstanceCacheKey?: string,
): RequestHandler =>
  expressFromWeb((request) => handleEndpoints({ config, payloadInstanceCacheKey, request }))
