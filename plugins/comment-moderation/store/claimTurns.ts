import type { PayloadRequest } from 'payload'

import type { RateLimitStore } from './RateLimitStore.js'

import { giveTurnsBack } from './giveTurnsBack.js'

export type Turns = {
  /** The keys claimed: given back if the comment is not stored after all. */
  claimedKeys: string[]
  /** When the refused key's last comment was (null when every key was allowed): the rate-limit step's fact. */
  lastCommentAt: Date | null
}

/**
 * Claims a commenter's turn under each key, one after the other, the commenter's first: claimed at once, two
 * racing posts could each win one key and lose the other, and both be refused. A key after a refused one is
 * not claimed. The claim is the store's one write and its only read on the way in: the time it refuses with
 * is the fact the pipeline's rate-limit step reasons on, so nothing reads the store beforehand.
 */
export const claimTurns = async (
  store: RateLimitStore,
  keys: string[],
  intervalMs: number,
  now: Date,
  req: PayloadRequest,
): Promise<Turns> => {
  const claimedKeys: string[] = []
  for (const key of keys) {
    const claim = await store.claim(key, intervalMs, now, req).catch(async (error: unknown) => {
      // A claim that failed (a busy database) may have been made before its answer was lost, and the
      // earlier ones are made already: give them all back. A release removes only a claim made at `now`.
      await giveTurnsBack(store, [...claimedKeys, key], now, req)
      throw error
    })
    if (!claim.allowed) {
      return { claimedKeys, lastCommentAt: new Date(now.getTime() - (intervalMs - claim.retryAfterMs)) }
    }
    claimedKeys.push(key)
  }
  return { claimedKeys, lastCommentAt: null }
}
