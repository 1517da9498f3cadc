/**
 * Whether an `If-None-Match` header names `etag`, by the weak comparison RFC 9110 §13.1.2 prescribes
 * for it (a `W/` prefix on either side is ignored); `*` matches any current answer.
 */
export const etagMatches = (ifNoneMatch: string | undefined, etag: string): boolean => {
  if (!ifNoneMatch) return false
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag))
}
