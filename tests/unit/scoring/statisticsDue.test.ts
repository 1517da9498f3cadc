import { describe, expect, it } from '@jest/globals'

import { statisticsDue } from '../../../plugins/assessment-scoring/core/index.js'

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString()
const before = [at(1), at(2), at(3)]

describe('statisticsDue', () => {
  it('publishes a first snapshot only from minimumN responses on, whoever sent them', () => {
    expect(statisticsDue({ lastAsOf: null, minimumN: 3, newClients: 0, submittedAt: [at(1), at(2)] })).toBe(
      false,
    )
    expect(statisticsDue({ lastAsOf: null, minimumN: 3, newClients: 0, submittedAt: before })).toBe(true)
  })

  it('refreshes only once minimumN responses came after the last snapshot, so no change isolates one person', () => {
    const due = (submittedAt: string[]) =>
      statisticsDue({ lastAsOf: at(4), minimumN: 3, newClients: 3, submittedAt })
    expect(due([...before, at(5), at(6)])).toBe(false)
    expect(due([...before, at(5), at(6), at(7)])).toBe(true)
    // A response submitted at the very moment of the snapshot is in it, not new.
    expect(due([...before, at(4), at(5), at(6)])).toBe(false)
  })

  it('refreshes only once as many distinct clients submitted, so one client cannot fill the other places', () => {
    const submittedAt = [...before, at(5), at(6), at(7)]
    expect(statisticsDue({ lastAsOf: at(4), minimumN: 3, newClients: 2, submittedAt })).toBe(false)
    expect(statisticsDue({ lastAsOf: at(4), minimumN: 3, newClients: 3, submittedAt })).toBe(true)
  })

  it('never counts an erasure toward a refresh: old responses erased, new ones too few', () => {
    expect(statisticsDue({ lastAsOf: at(4), minimumN: 3, newClients: 3, submittedAt: [at(5), at(6)] })).toBe(
      false,
    )
  })
})
