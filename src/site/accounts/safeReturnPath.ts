/**
 * Where to go after signing in: `next` when it is a path on this site, else home. Anything that could leave the
 * site (`//evil.test`, `/\evil.test`, `https://…`, `javascript:`) is refused, so a link cannot use our sign-in
 * page to send a reader elsewhere. Control characters are refused too: URL parsing drops tabs and newlines.
 */
export const safeReturnPath = (next: unknown): string => {
  if (
    typeof next !== 'string' ||
    !next.startsWith('/') ||
    /^\/[/\\]/.test(next) ||
    [...next].some((char) => char.charCodeAt(0) < 32)
  )
    return '/'
  const base = 'http://site.invalid'
  const url = new URL(next, base)
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : '/'
}
