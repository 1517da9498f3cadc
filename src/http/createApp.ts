import type { ErrorRequestHandler, RequestHandler } from 'express'
import type { Payload, SanitizedConfig } from 'payload'

import express from 'express'
import helmet from 'helmet'

import { corsOrigins } from '../corsOrigins.js'
import { siteForwarding } from '../site/siteForwarding.js'
import { apiDocs } from './apiDocs.js'
import { bodyGuard } from './bodyGuard.js'
import { apiCacheSecondsSetting } from './apiCacheSecondsSetting.js'
import { cacheMaxBytesSetting } from './cacheMaxBytesSetting.js'
import { graphqlHandler } from './graphqlHandler.js'
import { healthRoutes } from './healthRoutes.js'
import { httpCacheSettings } from './httpCacheSettings.js'
import { httpCaching } from './httpCaching.js'
import { methodOverride } from './methodOverride.js'
import { missingFileNotFound } from './missingFileNotFound.js'
import { crossSiteFormPosts } from './crossSiteFormPosts.js'
import { createPageCache } from './pageCache.js'
import { pathEncodingGuard } from './pathEncodingGuard.js'
import { preferencesGuard } from './preferencesGuard.js'
import { expressFromWeb, payloadApi } from './payloadApi.js'
import { publicReadPath } from './publicReadPath.js'
import { queryGuard } from './queryGuard.js'
import { createReadCache } from './readCache.js'
import { redisUrlSetting } from './redisUrlSetting.js'
import { requestId } from './requestId.js'
import { requestLogger } from './requestLogger.js'
import { sameOriginWrites } from './sameOriginWrites.js'
import { sharedCacheInvalidation } from './sharedCacheInvalidation.js'
import { siteForwardedClient } from './siteForwardedClient.js'
import { type TrustProxy, trustProxySetting } from './trustProxySetting.js'
import { unverifiedNotFound } from './unverifiedNotFound.js'
import { unversionedNotFound } from './unversionedNotFound.js'

export type CreateAppOptions = {
  config: Promise<SanitizedConfig> | SanitizedConfig
  /** Serves everything outside `/api` (the reader site and the admin panel, Next.js); absent when `ADMIN=false`. */
  frontend?: RequestHandler
  payload: Payload
  /** Which cached Payload instance serves requests, when a process runs several. */
  payloadInstanceCacheKey?: string
  /** Which proxies may set the client's address; read from `TRUST_PROXY` when absent. */
  trustProxy?: TrustProxy
}

/**
 * The Express host: REST and GraphQL under `/api`, health probes, and the admin
 * panel when a frontend handler is given. Nothing parses bodies before `/api`:
 * Payload reads the stream itself (JSON, multipart uploads).
 */
export const createApp = ({
  config,
  frontend,
  payload,
  payloadInstanceCacheKey,
  trustProxy = trustProxySetting(process.env.TRUST_PROXY),
}: CreateAppOptions) => {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxy)
  app.use(siteForwardedClient)
  // The admin panel's scripts are Next's own; the API serves JSON only and gets a strict policy below.
  // same-origin, not helmet's no-referrer: no Referer (with a page's private token) ever leaves for another site,
  // yet a form posted without JavaScript still carries its Origin, which Next's server actions require.
  app.use(
    helmet({
      contentSecurityPolicy: false,
      crossOriginEmbedderPolicy: false,
      referrerPolicy: { policy: 'same-origin' },
    }),
  )
  app.use(requestId)
  app.use(requestLogger(payload))
  app.use(pathEncodingGuard)
  app.use(healthRoutes(payload))
  app.use(payload.config.routes.api, apiDocs(payload.config))

  const api = express.Router()
  const cookieName = `${payload.config.cookiePrefix}-token`
  // A guest's comment author tokens (plugins/comment-moderation) show their held comments: such a read is theirs.
  const personalHeaders = ['x-comment-token']
  api.use((_req, res, next) => {
    res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'")
    next()
  })
  api.use(
    httpCaching({
      cacheable: publicReadPath,
      cookieName,
      personalHeaders,
      ...httpCacheSettings(process.env),
    }),
  )
  api.use(
    sameOriginWrites({
      allowedOrigins: [payload.config.serverURL, ...corsOrigins()],
      cookieName,
    }),
  )
  api.use(methodOverride)
  api.use(queryGuard(payload))
  api.use(bodyGuard)
  const redisUrl = redisUrlSetting(process.env.REDIS_URL)
  const cacheTtlMs = apiCacheSecondsSetting(process.env.API_CACHE_SECONDS)
  const cacheMaxBytes = cacheMaxBytesSetting(process.env.API_CACHE_MAX_MB)
  // The reader site's anonymous pages, cleared with the API read cache (below): its clears are ours.
  const pageCache = createPageCache({ maxBytes: cacheMaxBytes, ttlMs: frontend ? cacheTtlMs : 0 })
  const readCache = createReadCache(payload, {
    cacheable: publicReadPath,
    cookieName,
    maxBytes: cacheMaxBytes,
    personalHeaders,
    shareClears: pageCache.followClears(
      redisUrl
        ? (clearHere) => sharedCacheInvalidation({ clearHere, logger: payload.logger, url: redisUrl })
        : undefined,
    ),
    ttlMs: cacheTtlMs,
  })
  api.use(readCache.serve)
  api.use(unversionedNotFound(payload))
  api.use(unverifiedNotFound(payload))
  api.use(missingFileNotFound(payload))
  const graphql = expressFromWeb(graphqlHandler(config, payloadInstanceCacheKey))
  api.get('/graphql', graphql)
  api.post('/graphql', graphql)
  api.post('/payload-preferences/:key', preferencesGuard)
  api.all('/{*splat}', payloadApi(config, payloadInstanceCacheKey))
  app.use('/api', api)

  if (frontend) {
    // The reader site and the admin panel; the site learns the reader's address from this header alone.
    app.all(
      '/{*splat}',
      crossSiteFormPosts([payload.config.serverURL].filter(Boolean)),
      pageCache.serve,
      (req, res, next) => {
        req.headers[siteForwarding.frontendClientIP] = req.ip ?? ''
        frontend(req, res, next)
      },
    )
  } else {
    app.use((_req, res) => {
      res.status(404).json({ errors: [{ message: 'Not found. The API is under /api.' }] })
    })
  }

  // Errors that carry a 4xx (Payload's APIError family, the router's) are the caller's: say so, don't 500.
  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    payload.logger.error({ err: error, msg: 'Unhandled error in the HTTP layer' })
    if (res.headersSent) {
      res.destroy()
      return
    }
    const status = Number((error as { status?: unknown }).status)
    if (status >= 400 && status < 500) {
      res.status(status).json({ errors: [{ message: (error as Error).message }] })
      return
    }
    res.status(500).json({ errors: [{ message: 'Something went wrong.' }] })
  }
  app.use(onError)
  return app
}
