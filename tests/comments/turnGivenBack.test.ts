import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'

import { createArticle } from '../helpers/articles.js'
import { bootKindred, type Kindred } from '../helpers/bootKindred.js'
import { newGuest, postAsGuest } from '../helpers/comments.js'

/**
 * A comment whose write fails after its flood-control turn was claimed — here the database adapter (Payload's,
 * not ours) answers as a pool with no free connection does — must give the turn back: the client is told 503,
 * try again shortly, and trying again must not be refused as a flood for the next 15 seconds.
 */
let kindred: Kindred
let slug: string
let restore: (() => void) | undefined

/** The next comment insert fails the way pg-pool does when no connection comes free in time. */
const busyOnNextCommentInsert = () => {
  const db = kindred.payload.db
  const original = db.create
  let left = 1
  db.create = async (args) => {
    if (args.collection === 'comments' && left > 0) {
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
  kindred = await bootKindred()
  slug = (await createArticle(kindred.payload, { title: 'A Turn Given Back' })).slug as string
})
afterEach(() => {
  restore?.()
  restore = undefined
})
afterAll(async () => {
  await kindred?.close()
})

describe('flood control when a comment is not stored', () => {
  it('answers 503 with Retry-After, and takes the same guest’s comment at once when sent again', async () => {
    const guest = newGuest()
    busyOnNextCommentInsert()
    const busy = await postAsGuest(
      kindred.request,
      slug,
      { body: 'Sent while the database was busy.' },
      guest,
    )
    expect(busy.status).toBe(503)
    expect(Number(busy.headers['retry-after'])).toBeGreaterThan(0)
    const again = await postAsGuest(
      kindred.request,
      slug,
      { body: 'Sent while the database was busy.' },
      guest,
    )
    expect(again.status).toBe(201)
    // Only one was stored, and the turn now holds: a third post is a flood.
    const third = await postAsGuest(kindred.request, slug, { body: 'And one more, straight away.' }, guest)
    expect(third.status).toBe(429)
  })
})
