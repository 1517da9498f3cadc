import type { RequestHandler } from 'express'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

import { ConfigError } from './ConfigError.js'
import { closePayload } from './closePayload.js'
import { dataDir } from './dataDir.js'
import { databaseTarget } from './databaseTarget.js'
import { findMongodBinary, startEmbeddedMongo } from './embeddedMongo.js'
import { createApp } from './http/createApp.js'
import { apiCacheSecondsSetting } from './http/apiCacheSecondsSetting.js'
import { cacheMaxBytesSetting } from './http/cacheMaxBytesSetting.js'
import { httpCacheSettings } from './http/httpCacheSettings.js'
import { redisUrlSetting } from './http/redisUrlSetting.js'
import { trustProxySetting } from './http/trustProxySetting.js'
import { smtpUrlSetting } from './email/smtpUrlSetting.js'
import { publicServerURL } from './publicServerURL.js'
import { demoReader, demoStaff } from './seed/demoLogins.js'

// Payload's config hot reload belongs to `next dev` alone; this host restarts instead.
process.env.DISABLE_PAYLOAD_HMR ??= 'true'

const dev = process.env.NODE_ENV !== 'production'
const adminEnabled = process.env.ADMIN !== 'false'
const port = Number(process.env.PORT || 3000)
const stops: (() => Promise<unknown>)[] = []

/** Prints one line a person can act on and exits: no stack trace for a bad environment. */
const fail = (message: string): never => {
  process.stderr.write(`kindred: ${message}\n`)
  process.exit(1)
}

const describeDatabase = (): string => {
  const target = databaseTarget()
  if (target.kind === 'sqlite' && target.embedded) {
    return `embedded SQLite at ${target.uri.slice('file:'.length)} (no DATABASE_URI set and no mongod on this machine; set DATABASE_URI=postgres://… or mongodb://… to use a server)`
  }
  if (target.embedded)
    return 'embedded MongoDB under the data folder (set DATABASE_URI=mongodb://… to use your own)'
  const names = { mongodb: 'MongoDB', postgres: 'PostgreSQL', sqlite: 'SQLite' }
  return `${names[target.kind]} from DATABASE_URI`
}

const prepareEmbeddedMongo = async (): Promise<void> => {
  if (process.env.DATABASE_URI) return
  const binary = findMongodBinary()
  if (!binary) return
  const mongo = await startEmbeddedMongo(binary, dataDir())
  stops.push(mongo.stop)
  process.env.DATABASE_URI = mongo.uri
  process.env.KINDRED_EMBEDDED_DB = 'true'
}

const startPayload = async () => {
  try {
    const { default: config } = await import('../payload.config.js')
    const { getPayload } = await import('payload')
    // cron: the job queue's autoRun (JOBS_AUTORUN) starts with the server, not at the first admin request.
    return { config, payload: await getPayload({ config, cron: true }) }
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message)
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    return fail(`cannot start: the database at DATABASE_URI did not answer or refused us (${reason}).`)
  }
}

/** The part of Next's custom-server API this host uses. */
type CreateNext = (options: { dev: boolean; dir: string }) => {
  getRequestHandler: () => (req: IncomingMessage, res: ServerResponse) => Promise<void>
  prepare: () => Promise<void>
}

const startAdmin = async (): Promise<RequestHandler> => {
  // next is CommonJS: under Node's ESM loader its function is the default export itself.
  const next = (await import('next')).default as unknown as CreateNext
  const app = next({ dev, dir: process.cwd() })
  await app.prepare()
  const handle = app.getRequestHandler()
  return (req, res) => handle(req, res)
}

const announce = (): void => {
  const url = publicServerURL()
  const lines = [
    `Kindred is running at ${url}`,
    adminEnabled ? `  reader site  ${url}/` : '  reader site  off (ADMIN=false)',
    adminEnabled ? `  admin panel  ${url}/admin` : '  admin panel  off (ADMIN=false)',
    `  REST API     ${url}/api`,
    `  GraphQL      ${url}/api/graphql`,
    `  API docs     ${url}/api/docs (OpenAPI: ${url}/api/openapi.json)`,
    `  database     ${describeDatabase()}`,
  ]
  if (dev && databaseTarget().embedded) {
    lines.push('  demo logins  (development only)')
    for (const person of demoStaff)
      lines.push(`    ${person.role.padEnd(10)} ${person.email} / ${person.password}`)
    lines.push(`    reader     ${demoReader.email} / ${demoReader.password}  (the reader site's sign-in)`)
  }
  // A banner for the person who started the server, not a log record.
  process.stdout.write(`${lines.join('\n')}\n`)
}

/** Stops taking requests, lets those in flight finish, closes the database, and exits with `code`. */
const gracefulStop = (server: Server, payload: Payload) => {
  let stopping = false
  return async (reason: string, code = 0) => {
    if (stopping) return
    stopping = true
    payload.logger.info(`${reason}: finishing requests in flight, then closing the database`)
    const force = setTimeout(() => {
      server.closeAllConnections()
      process.exit(code || 1)
    }, 10_000)
    force.unref()
    server.close(async () => {
      await closePayload(payload)
      for (const stopOne of stops) await stopOne()
      process.exit(code)
    })
    server.closeIdleConnections()
  }
}

/**
 * One request must never stop the process. A rejected promise nobody awaits
 * (Payload 3.90.2 leaves one behind, see docs/security.md) has already been
 * answered for: it is logged, with the id of the request that caused it, and
 * the process keeps serving. An uncaught exception leaves the process in an
 * unknown state: it is logged, requests in flight finish, and the process
 * exits non-zero so its supervisor starts a fresh one.
 */
const survivePerRequestFailures = (
  payload: Payload,
  stop: (reason: string, code: number) => Promise<void>,
) => {
  process.on('unhandledRejection', (reason) => {
    const error = reason instanceof Error ? reason : new Error(String(reason))
    // Not under `err`: a stray client error (status 4xx) must still be logged as the bug it is.
    payload.logger.error({
      msg: `Unhandled promise rejection, still serving: ${error.message}`,
      stack: error.stack,
    })
  })
  process.on('uncaughtException', (error) => {
    payload.logger.fatal({
      err: error,
      msg: 'Uncaught exception: stopping, for the supervisor to restart us',
    })
    void stop('uncaughtException', 1)
  })
}

const readTrustProxy = () => {
  try {
    return trustProxySetting(process.env.TRUST_PROXY)
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message)
    throw error
  }
}

const checkSettings = () => {
  try {
    httpCacheSettings(process.env)
    apiCacheSecondsSetting(process.env.API_CACHE_SECONDS)
    cacheMaxBytesSetting(process.env.API_CACHE_MAX_MB)
    redisUrlSetting(process.env.REDIS_URL)
    smtpUrlSetting(process.env.SMTP_URL)
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message)
    throw error
  }
}

const main = async (): Promise<void> => {
  // Before the database starts, so a wrong setting costs nothing.
  const trustProxy = readTrustProxy()
  checkSettings()
  await prepareEmbeddedMongo()
  const { config, payload } = await startPayload()
  if (!dev && !process.env.SMTP_URL)
    payload.logger.warn(
      'No SMTP_URL: emails (verification, password reset, notifications) go to the log only',
    )
  const frontend = adminEnabled ? await startAdmin() : undefined
  const app = createApp({ config, frontend, payload, trustProxy })
  const server = app.listen(port, announce)
  server.on('error', (error) => fail(`cannot listen on PORT=${port}: ${error.message}`))
  const stop = gracefulStop(server, payload)
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
  survivePerRequestFailures(payload, stop)
}

void main()
