import { isTransientTransactionError } from './isTransientTransactionError.js'
import { jitteredBackoff } from './jitteredBackoff.js'
import { TransientTransactionExhausted } from './TransientTransactionExhausted.js'

export type TransientRetryOptions = {
  /** How many times the transaction runs at most, the first run included. */
  attempts: number
  /** The cap of the first wait; each retry doubles it. */
  baseDelayMs: number
  /** No wait is longer than this. */
  maxDelayMs: number
  /** Asked after a transient failure: false when the failed run left writes behind (nothing was rolled back). */
  canRetry?: () => boolean
  random?: () => number
  sleep?: (ms: number) => Promise<void>
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Runs a whole transaction (`attempt` must begin, do and commit it, and roll it back when it fails)
 * again after a transient failure, waiting a jittered, growing time between runs. Any other error is
 * passed on at once; after the last transient failure it throws `TransientTransactionExhausted`.
 */
export const retryTransientTransaction = async <T>(
  attempt: () => Promise<T>,
  { attempts, baseDelayMs, canRetry, maxDelayMs, random, sleep = wait }: TransientRetryOptions,
): Promise<T> => {
  for (let run = 1; ; run += 1) {
    try {
      return await attempt()
    } catch (error) {
      if (!isTransientTransactionError(error) || canRetry?.() === false) throw error
      if (run >= attempts) throw new TransientTransactionExhausted(run, error)
      await sleep(jitteredBackoff(run, { baseDelayMs, maxDelayMs }, random))
    }
  }
}
