import type { SanitizedConfig } from 'payload'

import express from 'express'
import { createRequire } from 'node:module'
import path from 'node:path'

import { buildOpenApiDocument } from '../openapi/buildOpenApiDocument.js'

/** The API's own version, which the document's `info.version` reports; the package's version is the server's. */
export const apiVersion = '1.0.0'

/** The files of Swagger UI the page loads; the package's own index and sample initializer are not served. */
const assets = new Set(['swagger-ui-bundle.js', 'swagger-ui.css', 'favicon-32x32.png'])
const assetDir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))

// Swagger UI sets inline style attributes; scripts, fonts and requests stay on this origin.
const pagePolicy =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const page = (api: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Kindred API reference</title>
    <link rel="stylesheet" href="${api}/docs/swagger-ui.css">
    <link rel="icon" type="image/png" href="${api}/docs/favicon-32x32.png">
  </head>
  <body>
    <main id="swagger-ui"></main>
    <script src="${api}/docs/swagger-ui-bundle.js"></script>
    <script src="${api}/docs/init.js"></script>
  </body>
</html>
`

const initializer = (api: string) =>
  `window.ui = SwaggerUIBundle({ url: ${JSON.stringify(`${api}/openapi.json`)}, dom_id: '#swagger-ui', deepLinking: true })\n`

/**
 * `GET /api/openapi.json`, the OpenAPI description generated from the code once per process, and
 * `GET /api/docs`, Swagger UI reading it, served from node_modules (no CDN) under a policy that
 * admits this origin only. Mounted before the API router, whose JSON-only policy would block the page.
 */
export const apiDocs = (config: SanitizedConfig) => {
  const api = config.routes.api
  let document: string | undefined
  const router = express.Router()
  router.get('/openapi.json', (_req, res) => {
    document ??= JSON.stringify(buildOpenApiDocument(config, apiVersion))
    res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'")
    res.type('application/json').send(document)
  })
  router.get('/docs', (_req, res) => {
    res.setHeader('Content-Security-Policy', pagePolicy)
    res.type('html').send(page(api))
  })
  router.get('/docs/init.js', (_req, res) => {
    res.type('text/javascript').send(initializer(api))
  })
  router.get('/docs/:file', (req, res, next) => {
    if (!assets.has(req.params.file)) return next()
    res.sendFile(path.join(assetDir, req.params.file), { maxAge: '1d' })
  })
  return router
}
