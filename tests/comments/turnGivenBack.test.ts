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
    const send = () =>
      postAsGuest(kindred.request, slug, { body: 'Sent while the database was busy.' }, guest)
    busyOnNextCommentInsert()
    const busy = await send()
    expect(busy.status).toBe(503)
    expect(Number(busy.headers['retry-after'])).toBeGreaterThan(0)
    const again = await send()
    expect(again.status).toBe(201)
    // Only one was stored, and the turn now holds: a third post is a flood.
    const third = await postAsGuest(kindred.request, slug, { body: 'And one more, straight away.' }, guest)
    expect(third.status).toBe(429)
  })
})

describe('flood control when a comment is refused before any fact is fetched', () => {
  it('claims no turn for a too-long comment, so a valid comment the same guest sends at that moment is taken, not refused as a flood', async () => {
    const guest = newGuest()
    // Holds any give-back of a turn (Payload's delete on the store) until the valid comment has been answered:
    // if the refused comment had claimed a turn, the valid one would meet it.
    const db = kindred.payload.db
    const original = db.deleteMany
    let entered: () => void = () => undefined
    const releaseEntered = new Promise<void>((resolve) => (entered = resolve))
    let proceed: () => void = () => undefined
    const held = new Promise<void>((resolve) => (proceed = resolve))
    db.deleteMany = async (args) => {
      if (args.collection === 'comment-rate-limits') {
        entered()
        await held
      }
      return original.call(db, args)
    }
    restore = () => {
      proceed()
      db.deleteMany = original
    }
    const refused = postAsGuest(kindred.request, slug, { body: 'x'.repeat(20_000) }, guest).then((res) => res)
    await Promise.race([releaseEntered, refused])
    const valid = await postAsGuest(kindred.request, slug, { body: 'A short and valid thought.' }, guest)
    proceed()
    expect((await refused).status).toBe(400)
    expect(valid.status).toBe(201)
  })
})
