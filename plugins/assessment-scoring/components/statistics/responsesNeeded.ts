/** The sentence shown while a version has fewer than `minimumN` submitted responses. */
export const responsesNeeded = (n: number, minimumN: number): string => {
  const more = Math.max(0, minimumN - n)
  return `${more} more ${more === 1 ? 'response' : 'responses'} needed before statistics are shown (${n} of ${minimumN} so far).`
}
