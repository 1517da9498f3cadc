import { describe, expect, it } from '@jest/globals'

import { limitShareCodeAttempts } from '../../src/rateLimits/limitShareCodeAttempts.js'

describe('SHARE_CODE_ATTEMPTS_PER_HOUR', () => {
  it('refuses a malformed value at start-up, naming the variable and the value', () => {
    for (const value of ['many', '-1', '2.5'])
      expect(() =>
        limitShareCodeAttempts({ NODE_ENV: 'production', SHARE_CODE_ATTEMPTS_PER_HOUR: value }),
      ).toThrow(new RegExp(`SHARE_CODE_ATTEMPTS_PER_HOUR.*"${value.replace('.', '\\.')}"`))
  })

  it('turns the limit off with 0, without touching the store', async () => {
    const limit = limitShareCodeAttempts({ NODE_ENV: 'production', SHARE_CODE_ATTEMPTS_PER_HOUR: '0' })
    // No store behind this request: a limit that consulted one would throw.
    await expect(limit({ client: '203.0.113.9', req: {} as never })).resolves.toEqual({
      allowed: true,
      retryAfterSeconds: 0,
    })
  })
})
