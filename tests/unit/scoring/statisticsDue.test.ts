import { describe, expect, it } from '@jest/globals'

import { statisticsDue } from '../../../plugins/assessment-scoring/core/index.js'

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString()

describe('statisticsDue', () => {
  it('publishes a first snapshot only from minimumN responses on', () => {
    expect(statisticsDue([at(1), at(2)], undefined, 3)).toBe(false)
    expect(statisticsDue([at(1), at(2), at(3)], undefined, 3)).toBe(true)
  })

  it('refreshes only once minimumN responses came after the last snapshot, so no change isolates one person', () => {
    const before = [at(1), at(2), at(3)]
    expect(statisticsDue([...before, at(5), at(6)], at(4), 3)).toBe(false)
    expect(statisticsDue([...before, at(5), at(6), at(7)], at(4), 3)).toBe(true)
    // A response submitted at the very moment of the snapshot is in it, not new.
    expect(statisticsDue([...before, at(4), at(5), at(6)], at(4), 3)).toBe(false)
  })

  it('never counts an erasure toward a refresh: old responses erased, new ones too few', () => {
    expect(statisticsDue([at(5), at(6)], at(4), 3)).toBe(false)
  })
})
