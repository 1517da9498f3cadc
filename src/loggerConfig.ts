import type { Config } from 'payload'

import { defaultLoggerOptions } from 'payload'

import { currentRequestId } from './http/requestId.js'

/** pino's options, as Payload's config takes them (pino is Payload's dependency, not ours). */
type LoggerOptions = Extract<NonNullable<Config['logger']>, { options: unknown }>['options']

type Loggable = { err?: unknown; message?: unknown; status?: unknown }

/** The HTTP status an error carries (Payload's APIError family, router errors), when it is a client's fault. */
const clientErrorStatus = (value: unknown): number | undefined => {
  if (typeof value !== 'object' || value === null) return undefined
  const record = value as Loggable
  const error = (record.err ?? record) as Loggable
  const status = Number(error.status)
  return status >= 400 && status < 500 ? status : undefined
}

const errorLevel = 50

/**
 * Payload logs every error it answers at error level with a stack, so a
 * client repeating a bad request would fill the log with stacks. A 4xx is the
 * caller's mistake: one info line with its message and status, no stack.
 */
const downgradeClientErrors: NonNullable<LoggerOptions['hooks']>['logMethod'] = function (
  args,
  method,
  level,
) {
  const status = level >= errorLevel ? clientErrorStatus(args[0]) : undefined
  if (status === undefined) return method.apply(this, args)
  const record = args[0] as Loggable
  const error = (record.err ?? record) as Loggable
  this.info({ msg: String(error.message ?? 'Client error'), status })
}

/** Personal data and secrets that must never reach a log line, wherever a caller put them. */
const redactedPaths = [
  'email',
  '*.email',
  'password',
  '*.password',
  'token',
  '*.token',
  'ip',
  '*.ip',
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
]

/**
 * JSON lines in production (for log shippers), pretty lines elsewhere.
 * `LOG_FORMAT=json|pretty` overrides; `LOG_LEVEL` sets the level (default info).
 * Every line written while a request is served carries its `reqId`.
 */
export const loggerConfig = (env: NodeJS.ProcessEnv = process.env): Config['logger'] => {
  const json = (env.LOG_FORMAT || (env.NODE_ENV === 'production' ? 'json' : 'pretty')) === 'json'
  const options: LoggerOptions = {
    hooks: { logMethod: downgradeClientErrors },
    level: env.LOG_LEVEL || 'info',
    mixin: () => {
      const reqId = currentRequestId()
      return reqId ? { reqId } : {}
    },
    redact: { censor: '[redacted]', paths: redactedPaths },
  }
  return json ? { options } : { destination: defaultLoggerOptions, options }
}
