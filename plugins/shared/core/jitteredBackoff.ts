/**
 * How long to wait before retry number `retry` (1 for the first): "full jitter", a random time up to
 * an exponentially growing cap, so transactions that conflicted once do not collide again in step.
 */
export const jitteredBackoff = (
  retry: number,
  { baseDelayMs, maxDelayMs }: { baseDelayMs: number; maxDelayMs: number },
  random: () => number = Math.random,
): number => Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1)))
