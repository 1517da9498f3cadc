/**
 * Whether a version's statistics may be published again, given when each response now in the
 * sample was submitted: only once at least `minimumN` of them came after the last snapshot
 * (`lastAsOf`; with none yet, once there are `minimumN`). Two published snapshots then differ by
 * at least `minimumN` new responses, so their difference is never one person's answers. Erased
 * responses are simply absent: they never count toward a refresh.
 */
export const statisticsDue = (
  submittedAt: readonly (Date | string)[],
  lastAsOf: Date | null | string | undefined,
  minimumN: number,
): boolean => {
  const since = lastAsOf ? new Date(lastAsOf).getTime() : -Infinity
  let added = 0
  for (const at of submittedAt) if (new Date(at).getTime() > since) added++
  return added >= minimumN
}
