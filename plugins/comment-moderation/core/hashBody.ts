import { createHash } from 'node:crypto'

import { normalizeText } from './normalizeText.js'

/**
 * A SHA-256 hex digest of the normalized body, stored with each comment so the duplicate step can
 * compare texts without loading them: case, accents and spacing do not make a repost different.
 * `isNormalized` skips normalizing again when the caller already holds `normalizeText(body)`.
 */
export const hashBody = (body: string, isNormalized = false): string =>
  createHash('sha256')
    .update(isNormalized ? body : normalizeText(body))
    .digest('hex')
