import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { ConfigError } from './ConfigError.js'
import { dataDir } from './dataDir.js'

/**
 * `PAYLOAD_SECRET` signs sessions. Production refuses to start without one;
 * development makes one once and keeps it under the data folder so sessions
 * survive restarts. `next build` evaluates the config to collect the admin's
 * pages but signs nothing, so the build needs no secret: it gets a throwaway.
 */
export const resolveSecret = (env: NodeJS.ProcessEnv = process.env): string => {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  if (env.NEXT_PHASE === 'phase-production-build') return crypto.randomBytes(32).toString('hex')
  if (env.NODE_ENV === 'production') {
    throw new ConfigError(
      'PAYLOAD_SECRET is not set: production needs a long random secret (openssl rand -hex 32).',
    )
  }
  const file = path.join(dataDir(env), 'dev-secret')
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  return fs.readFileSync(file, 'utf8').trim()
}
