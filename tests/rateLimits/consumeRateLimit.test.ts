import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import type { Kindred } from '../helpers/bootKindred.js'

import { clearRateLimit } from '../../src/rateLimits/clearRateLimit.js'
import { consumeRateLimit } from '../../src/rateLimits/consumeRateLimit.js'
import { readRateLimit } from '../../src/rateLimits/readRateLimit.js'
import { bootKindred } from '../helpers/bootKindred.js'

let kindred: Kindred
const rule = { bucket: 'test', limit: 3, windowMs: 60_000 }

beforeAll(async () => {
  kindred = await bootKindred()
})
afterAll(async () => {
  await kindred?.close()
})

const req = () => createLocalReq({}, kindred.payload)

describe('shared rate limits', () => {
  it('allows `limit` hits per window, then refuses with the seconds until the window resets', async () => {
    const now = new Date('2026-11-30T10:00:00Z')
    const decisions = []
    for (let i = 0; i < 4; i++)
      decisions.push(await consumeRateLimit(await req(), rule, 'a@example.com', now))
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false])
    expect(decisions[2].remaining).toBe(0)
    expect(decisions[3].retryAfterSeconds).toBe(60)
    const later = new Date(now.getTime() + 30_000)
    expect(await readRateLimit(await req(), rule, 'A@Example.com ', later)).toMatchObject({
      allowed: false,
      retryAfterSeconds: 30,
    })
  })

  it('starts a new window once the old one has passed', async () => {
    const now = new Date('2026-11-30T11:00:00Z')
    for (let i = 0; i < 3; i++) await consumeRateLimit(await req(), rule, 'b@example.com', now)
    const next = new Date(now.getTime() + 60_001)
    expect((await consumeRateLimit(await req(), rule, 'b@example.com', next)).allowed).toBe(true)
    expect((await readRateLimit(await req(), rule, 'b@example.com', next)).remaining).toBe(2)
  })

  it('keeps subjects and buckets apart, and forgets a cleared subject', async () => {
    const now = new Date('2026-11-30T12:00:00Z')
    for (let i = 0; i < 3; i++) await consumeRateLimit(await req(), rule, 'c@example.com', now)
    expect((await readRateLimit(await req(), rule, 'd@example.com', now)).allowed).toBe(true)
    expect(
      (await readRateLimit(await req(), { ...rule, bucket: 'other' }, 'c@example.com', now)).allowed,
    ).toBe(true)
    await clearRateLimit(await req(), rule, 'c@example.com')
    expect((await readRateLimit(await req(), rule, 'c@example.com', now)).remaining).toBe(3)
  })

  it('counts simultaneous hits exactly: of 8 at once against a limit of 3, exactly 3 pass and the count stays 3', async () => {
    const now = new Date('2026-11-30T13:00:00Z')
    const decisions = await Promise.all(
      Array.from({ length: 8 }, async () => consumeRateLimit(await req(), rule, 'race@example.com', now)),
    )
    expect(decisions.filter((d) => d.allowed)).toHaveLength(3)
    expect(decisions.filter((d) => !d.allowed).every((d) => d.retryAfterSeconds === 60)).toBe(true)
    expect(await readRateLimit(await req(), rule, 'race@example.com', now)).toMatchObject({
      allowed: false,
      remaining: 0,
    })
    const { docs } = await kindred.payload.find({ collection: 'rate-limits', limit: 100, pagination: false })
    expect(docs.map((doc) => (doc as { count: number }).count)).not.toContain(4)
  })

  it('never stores the subject in plain text, and the API cannot read the counters', async () => {
    const { docs } = await kindred.payload.find({
      collection: 'rate-limits',
      limit: 100,
      overrideAccess: true,
    })
    expect(docs.length).toBeGreaterThan(0)
    expect(JSON.stringify(docs)).not.toMatch(/example\.com/)
    expect((await kindred.request.get('/api/rate-limits')).status).toBe(403)
  })
})
