import type { Config } from 'payload'

import { defaultLoggerOptions } from 'payload'

/**
 * JSON lines in production (for log shippers), pretty lines elsewhere.
 * `LOG_FORMAT=json|pretty` overrides; `LOG_LEVEL` sets the level (default info).
 */
export const loggerConfig = (env: NodeJS.ProcessEnv = process.env): Config['logger'] => {
  const json = (env.LOG_FORMAT || (env.NODE_ENV === 'production' ? 'json' : 'pretty')) === 'json'
  const options = { level: env.LOG_LEVEL || 'info' }
  return json ? { options } : { destination: defaultLoggerOptions, options }
}
