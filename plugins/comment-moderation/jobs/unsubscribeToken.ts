import { createHmac, timingSafeEqual } from 'node:crypto'

/** The token in an email's unsubscribe link: proves the link came from us, for this comment only. */
export const unsubscribeToken = (secret: string, commentID: number | string): string =>
  createHmac('sha256', secret).update(`unsubscribe:${commentID}`).digest('base64url')

export const isUnsubscribeToken = (secret: string, commentID: number | string, token: string): boolean => {
  const expected = Buffer.from(unsubscribeToken(secret, commentID))
  const given = Buffer.from(token)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
