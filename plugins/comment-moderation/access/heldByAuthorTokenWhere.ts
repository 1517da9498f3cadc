import type { PayloadRequest, Where } from 'payload'

import { commentIDsOfAuthorTokens } from '../core/index.js'
import { authorTokenHeader } from '../defaults.js'

/**
 * The held comments whose author tokens the request carries (`X-Comment-Token`): what a guest, who has no
 * account, may read of their own while it awaits moderation. Only pending ones, as for a reader's own: spam and
 * rejected comments stay out of sight, so nobody learns which rule caught them. No valid token: false.
 */
export const heldByAuthorTokenWhere = (req: PayloadRequest): false | Where => {
  const tokens = req.headers.get(authorTokenHeader)
  const ids = tokens ? commentIDsOfAuthorTokens(req.payload.secret, tokens) : []
  return ids.length ? { and: [{ id: { in: ids } }, { status: { equals: 'pending' } }] } : false
}
