import { describe, expect, it } from '@jest/globals'

import { ConfigError } from '../../src/ConfigError.js'
import { resolveSecret } from '../../src/resolveSecret.js'

describe('resolveSecret', () => {
  it('uses PAYLOAD_SECRET when it is set', () => {
    expect(resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'set-by-ops' })).toBe('set-by-ops')
  })

  it('refuses production without one', () => {
    expect(() => resolveSecret({ NODE_ENV: 'production' })).toThrow(ConfigError)
  })

  it('lets `next build` evaluate the config without one: a throwaway, never the same twice', () => {
    const env = { NEXT_PHASE: 'phase-production-build', NODE_ENV: 'production' } as NodeJS.ProcessEnv
    const secret = resolveSecret(env)
    expect(secret).toMatch(/^[0-9a-f]{64}$/)
    expect(resolveSecret(env)).not.toBe(secret)
  })
})
