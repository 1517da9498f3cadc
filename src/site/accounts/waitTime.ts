/** A `Retry-After` in seconds, as a person reads it: "30 seconds", "about 2 minutes", "about 1 hour". */
export const waitTime = (retryAfter: null | string | undefined): string => {
  const seconds = Math.max(1, Math.ceil(Number(retryAfter) || 60))
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`
  const minutes = Math.round(seconds / 60)
  if (minutes < 90) return `about ${minutes} minutes`
  const hours = Math.round(minutes / 60)
  return `about ${hours} hour${hours === 1 ? '' : 's'}`
}
