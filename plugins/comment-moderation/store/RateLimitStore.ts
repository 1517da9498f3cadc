import type { PayloadRequest } from 'payload'

/** Whether a commenter may post now, and if not, how long until they may. */
export type Claim = { allowed: boolean; retryAfterMs: number }

/**
 * When each commenter (an account, or an IP fingerprint) last posted. Shared by
 * every Kindred process, so flood control holds behind a load balancer.
 *
 * `claim` is the only write and decides in one atomic step: it records `now` for
 * `key` only if the time stored is at least `intervalMs` old (or there is none),
 * so of two processes claiming the same key at once exactly one is allowed.
 * A refused claim's wait is also what the pipeline reports (the rate-limit step), so
 * nothing reads the store beforehand.
 * `release` gives back a claim made at `at` whose comment was never stored (the
 * database refused or was too busy), so trying again is not refused as a
 * flood; it removes only that claim, never a later one. Optional: a store
 * without it keeps the turn until the interval is over.
 * `claimsInTransaction` says that claims are written in the request's
 * transaction where it has one: a comment whose transaction rolls back takes its
 * turns with it, and no `release` (which would need the database again) is due.
 */
export type RateLimitStore = {
  claim: (key: string, intervalMs: number, now: Date, req: PayloadRequest) => Promise<Claim>
  claimsInTransaction?: boolean
  release?: (key: string, at: Date, req: PayloadRequest) => Promise<void>
}

/** A refused claim: the wait left from `last` (at least 1 ms, so it always reads as "wait"). */
export const refusedClaim = (last: Date | null, intervalMs: number, now: Date): Claim => ({
  allowed: false,
  retryAfterMs: Math.max(1, intervalMs - Math.max(0, now.getTime() - (last?.getTime() ?? now.getTime()))),
})
