/** The rate limit's answer in words, from `Retry-After` (seconds): what a commenter needs, not a number to parse. */
export const waitMessage = (retryAfterSeconds: number): string => {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds))
  if (seconds < 60) return `You can post again in ${seconds} second${seconds === 1 ? '' : 's'}.`
  const minutes = Math.ceil(seconds / 60)
  return `You can post again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
}
