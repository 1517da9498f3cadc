import { describe, expect, it } from '@jest/globals'

import { consentView } from '../../../plugins/assessment-scoring/core/index.js'

describe('consentView', () => {
  const couple = { consentA: true, consentB: false, id: 7, partnerA: 'a', partnerB: { id: 'b' } }

  it('gives each partner their own consent as `mine` and the other’s as `partner`', () => {
    expect(consentView(couple, 'a')).toEqual({ consent: { mine: true, partner: false }, couple: '7' })
    expect(consentView(couple, 'b')).toEqual({ consent: { mine: false, partner: true }, couple: '7' })
  })

  it('reads a partner who left (an emptied place, their consent dropped) as one who has not agreed', () => {
    const left = { ...couple, consentB: false, partnerB: null }
    const withdrawn = { ...couple, consentB: false }
    expect(consentView(left, 'a')).toEqual(consentView(withdrawn, 'a'))
  })

  it('tells someone who is no partner nothing agreed, whatever the couple holds', () => {
    const both = { ...couple, consentB: true }
    expect(consentView(both, 'stranger').consent).toEqual({ mine: false, partner: false })
  })

  it('counts only `true` as agreeing (null and a missing flag are not consent)', () => {
    expect(consentView({ consentA: null, id: 1, partnerA: 'a', partnerB: 'b' }, 'b').consent).toEqual({
      mine: false,
      partner: false,
    })
  })
})
