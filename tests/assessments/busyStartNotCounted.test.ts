import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'

import { standardAssessment } from '../helpers/assessments.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'

/**
 * Risk: an anonymous respondent told "503, the database is busy, try again in a moment" has spent one of their
 * hourly starts on a response that was never stored, and is refused (429) when they try again. The database
 * adapter (Payload's, not ours) fails the response's insert the way pg-pool does when no connection comes free;
 * the start is counted in the same transaction, so on PostgreSQL the rollback uncounts it.
 */
let kindred: Kindred
let slug: string
let answers: Record<string, number>
let restore: (() => void) | undefined

/** The next response insert fails the way pg-pool does when no connection comes free in time. */
const busyOnNextResponseInsert = () => {
  const db = kindred.payload.db
  const original = db.create
  let left = 1
  db.create = async (args) => {
    if (args.collection === 'responses' && left > 0) {
      left -= 1
      throw new Error('timeout exceeded when trying to connect')
    }
    return original.call(db, args)
  }
  restore = () => {
    db.create = original
  }
}

beforeAll(async () => {
  kindred = await bootKindred({ ASSESSMENT_STARTS_PER_HOUR: '1' })
  const standard = await standardAssessment(kindred.payload)
  slug = standard.assessment.slug as string
  answers = Object.fromEntries(standard.ids.close.map((id) => [id, 4]))
})
afterEach(() => {
  restore?.()
  restore = undefined
})
afterAll(async () => {
  await kindred?.close()
})

const start = (address: string) =>
  kindred.request
    .post(`/api/assessments/${slug}/responses`)
    .set('X-Forwarded-For', address)
    .send({ answers, submit: false })

describe('the anonymous start limit when a start is not stored', () => {
  it('answers 503 with Retry-After, and takes the same client’s start at once when sent again; the next one is over the limit', async () => {
    busyOnNextResponseInsert()
    const busy = await start('10.20.0.1')
    expect(busy.status).toBe(503)
    expect(Number(busy.headers['retry-after'])).toBeGreaterThan(0)
    expect((await start('10.20.0.1')).status).toBe(201)
    // The limit still holds: one start an hour, and it is spent.
    expect((await start('10.20.0.1')).status).toBe(429)
  })
})
