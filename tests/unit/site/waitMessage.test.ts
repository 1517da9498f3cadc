import { describe, expect, it } from '@jest/globals'

import { waitMessage } from '../../../src/site/comments/waitMessage.js'

describe('the rate limit’s answer in words', () => {
  it('says seconds under a minute and whole minutes, rounded up, from a minute on', () => {
    expect(waitMessage(1)).toBe('You can post again in 1 second.')
    expect(waitMessage(14.2)).toBe('You can post again in 15 seconds.')
    expect(waitMessage(60)).toBe('You can post again in 1 minute.')
    expect(waitMessage(61)).toBe('You can post again in 2 minutes.')
  })

  it('never promises a wait of zero or less', () => {
    expect(waitMessage(0)).toBe('You can post again in 1 second.')
  })
})
