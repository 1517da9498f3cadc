/**
 * Guests who each comment once: the n-th has its own address (for X-Forwarded-For, behind a server
 * that trusts one proxy), email, name and text, so no rate limit, duplicate check or flood control
 * answers 429 or 409 instead of running the whole pipeline. `commentRequest` is the next guest's
 * `POST /api/articles/:slug/comments` body and address; `made` counts the guests handed out.
 */
export const guestSequence = () => {
  let made = 0
  const next = () => {
    made += 1
    const n = made
    return {
      body: `Comment ${n}: we tried the ten minutes of talking every evening and it helped us more than a weekend away.`,
      email: `guest-${n}@example.com`,
      ip: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
      name: `Guest ${n}`,
    }
  }
  const commentRequest = () => {
    const guest = next()
    return {
      body: JSON.stringify({ author: { email: guest.email, name: guest.name }, body: guest.body }),
      ip: guest.ip,
    }
  }
  return { commentRequest, made: () => made, next }
}
