/**
 * Whether a version's statistics may be published again, given when each response now in the
 * sample was submitted and how many distinct clients submitted since the last snapshot
 * (`lastAsOf`). The first snapshot needs `minimumN` responses. A later one needs `minimumN`
 * responses submitted after the last *and* as many distinct clients among them: two published
 * snapshots then differ by at least `minimumN` new responses from as many clients, so their
 * difference is never one person's answers, nor can one client fill all but one of the places.
 * Erased responses are simply absent: they never count toward a refresh.
 */
export const statisticsDue = ({
  lastAsOf,
  minimumN,
  newClients,
  submittedAt,
}: {
  lastAsOf: Date | null | string | undefined
  minimumN: number
  newClients: number
  submittedAt: readonly (Date | string)[]
}): boolean => {
  const since = lastAsOf ? new Date(lastAsOf).getTime() : -Infinity
  let added = 0
  for (const at of submittedAt) if (new Date(at).getTime() > since) added++
  return added >= minimumN && (!lastAsOf || newClients >= minimumN)
}
