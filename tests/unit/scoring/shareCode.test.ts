import { describe, expect, it } from '@jest/globals'

import { normalizeShareCode } from '../../../plugins/assessment-scoring/core/normalizeShareCode.js'
import { shareCodeExpiryProblem } from '../../../plugins/assessment-scoring/core/shareCodeExpiryProblem.js'
import { shareCodeFromBytes } from '../../../plugins/assessment-scoring/core/shareCodeFromBytes.js'

const day = 86_400_000

describe('share codes', () => {
  it('spell the first 60 bits of the random bytes in Crockford base32, in three groups of four', () => {
    expect(shareCodeFromBytes(new Uint8Array(8))).toBe('0000-0000-0000')
    expect(shareCodeFromBytes(new Uint8Array(8).fill(255))).toBe('ZZZZ-ZZZZ-ZZZZ')
    // 0x0842108421084210 is 00001 repeated: the last 4 bits are dropped.
    expect(shareCodeFromBytes(Uint8Array.from([8, 66, 16, 132, 33, 8, 66, 16]))).toBe('1111-1111-1111')
    expect(() => shareCodeFromBytes(new Uint8Array(7))).toThrow(RangeError)
  })

  it('read a code as a person types it: any case, dashes or spaces anywhere, O for 0 and I or L for 1', () => {
    expect(normalizeShareCode('k7qm-4xpd-9tra')).toBe('K7QM-4XPD-9TRA')
    expect(normalizeShareCode(' K7QM4XPD 9TRA ')).toBe('K7QM-4XPD-9TRA')
    expect(normalizeShareCode('OIL0-0000-0000')).toBe('0110-0000-0000')
  })

  it('refuse what cannot be a code: the wrong length or a letter Crockford leaves out', () => {
    for (const typed of ['', 'K7QM-4XPD-9TR', 'K7QM-4XPD-9TRAA', 'K7QM-4XPD-9TRU', 'K7QM_4XPD_9TRA'])
      expect(normalizeShareCode(typed)).toBeNull()
  })

  it('last at most a year from creation, and a new or changed expiry lies in the future', () => {
    const now = new Date('2026-12-01T00:00:00Z')
    const at = (days: number) => new Date(now.getTime() + days * day).toISOString()
    expect(shareCodeExpiryProblem(at(365), now, now, true)).toBeUndefined()
    expect(shareCodeExpiryProblem(at(366), now, now, true)).toMatch(/365 days/)
    expect(shareCodeExpiryProblem(at(-1), now, now, true)).toMatch(/future/)
    // An expired code whose label is edited keeps its expiry.
    expect(shareCodeExpiryProblem(at(-1), now, now, false)).toBeUndefined()
    expect(shareCodeExpiryProblem('soon', now, now, true)).toMatch(/date/)
  })
})
