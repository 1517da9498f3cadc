/** Payload's session cookie (`${cookiePrefix}-token`, the prefix left at its default). */
export const sessionCookieName = 'payload-token'
