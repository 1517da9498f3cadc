import { describe, expect, it } from '@jest/globals'

import { limitAssessmentStarts } from '../../src/rateLimits/limitAssessmentStarts.js'

describe('ASSESSMENT_STARTS_PER_HOUR', () => {
  it('refuses a malformed value at start-up, naming the variable and the value', () => {
    for (const value of ['many', '-1', '2.5'])
      expect(() =>
        limitAssessmentStarts({ ASSESSMENT_STARTS_PER_HOUR: value, NODE_ENV: 'production' }),
      ).toThrow(new RegExp(`ASSESSMENT_STARTS_PER_HOUR.*"${value.replace('.', '\\.')}"`))
  })

  it('turns the limit off with 0, without touching the store', async () => {
    const limit = limitAssessmentStarts({ ASSESSMENT_STARTS_PER_HOUR: '0', NODE_ENV: 'production' })
    // No store behind this request: a limit that consulted one would throw.
    await expect(limit({ client: '203.0.113.9', req: {} as never })).resolves.toEqual({
      allowed: true,
      retryAfterSeconds: 0,
    })
  })
})
