import { escapeHTML } from './escapeHTML.js'

/**
 * A short, plain account email: a greeting, what happened, the one link to act on (also spelled out, for mail
 * clients that hide links) and what to do if it was not you. Every part is text and escaped here.
 */
export const linkEmailHTML = ({
  after,
  before,
  link,
  name,
}: {
  after: string
  before: string
  link: { href: string; label: string }
  /** Whom to greet; any value, since Payload hands templates an untyped user. */
  name?: unknown
}): string => {
  const href = escapeHTML(link.href)
  return [
    `<p>${typeof name === 'string' && name.trim() ? `Hello ${escapeHTML(name.trim())},` : 'Hello,'}</p>`,
    `<p>${escapeHTML(before)}</p>`,
    `<p><a href="${href}">${escapeHTML(link.label)}</a></p>`,
    `<p>Or copy this address into your browser: ${href}</p>`,
    `<p>${escapeHTML(after)}</p>`,
  ].join('\n')
}
