import { createHmac, timingSafeEqual } from 'node:crypto'

const sign = (secret: string, commentID: string): string =>
  createHmac('sha256', secret).update(`comment-author:${commentID}`).digest('base64url')

/**
 * The author's proof for one comment, answered when it is posted: a guest has no account, so this is how they
 * read their own held comment. `<id>.<HMAC of the id>`: no state to store, and useless for any other comment.
 */
export const authorToken = (secret: string, commentID: number | string): string =>
  `${commentID}.${sign(secret, String(commentID))}`

/** The comment ids a list of author tokens proves (comma-separated, as sent in `X-Comment-Token`); forged ones drop out. */
export const commentIDsOfAuthorTokens = (secret: string, tokens: string, max = 20): string[] =>
  tokens
    .split(',')
    .slice(0, max)
    .flatMap((token) => {
      const [id, mac = ''] = token.trim().split('.')
      if (!id) return []
      const expected = Buffer.from(sign(secret, id))
      const given = Buffer.from(mac)
      return expected.length === given.length && timingSafeEqual(expected, given) ? [id] : []
    })
