/** Half of a UTF-16 surrogate pair without its other half: JSON.stringify keeps it as `\ud800`, which jsonb refuses. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const problemOf = (text: string): string | undefined => {
  if (text.includes('\u0000')) return 'Text may not contain the NUL character.'
  if (loneSurrogate.test(text)) return 'Text must be valid Unicode: it holds half of a surrogate pair.'
  return undefined
}

export type Found = { message: string; path: string }

/**
 * The first text of a document (a key or a value) the database cannot hold, and where it is: PostgreSQL can
 * neither store nor compare a NUL, and its jsonb refuses a lone surrogate.
 */
export const findUnstorable = (value: unknown, path = '', depth = 0): Found | undefined => {
  if (typeof value === 'string') {
    const message = problemOf(value)
    return message ? { message, path: path || '(body)' } : undefined
  }
  // Payload's own nesting stops far earlier; a deeper document is refused by its validation anyway.
  if (typeof value !== 'object' || value === null || depth > 64) return undefined
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key
    const message = problemOf(key)
    if (message) return { message, path: at }
    const found = findUnstorable(item, at, depth + 1)
    if (found) return found
  }
  return undefined
}
