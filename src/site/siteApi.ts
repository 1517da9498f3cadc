import { headers } from 'next/headers.js'
import { stringify } from 'qs-esm'

import { createKindredClient } from '../client/createKindredClient.js'
import { siteForwarding } from './siteForwarding.js'

/** Where this process's API answers: the site always calls its own port (see siteForwarding). */
const ownOrigin = (): string => `http://127.0.0.1:${Number(process.env.PORT || 3000)}`

/**
 * The typed API client for the reader site's server components and server actions. It calls the public API of
 * this very process, as the reader: their session cookie, user agent and address go with every call, so access,
 * rate limits and privacy are the API's, exactly as for any other front end. No cookie, no session: anonymous
 * reads are then served by the API's read cache. Queries use qs brackets (`where[slug][equals]=…`), as Payload does.
 * `session: false` leaves the session cookie out, for a read that is the same for the reader as for anyone.
 */
export const siteApi = async ({ session = true }: { session?: boolean } = {}) => {
  const incoming = await headers()
  // Origin: the API refuses cookie-session writes without one (CSRF); the site's server actions have had theirs
  // checked by Next against Host before they get here, and the site calls from this very origin.
  const forwarded: Record<string, string> = {
    [siteForwarding.keyHeader]: siteForwarding.key(),
    origin: ownOrigin(),
  }
  const address = incoming.get(siteForwarding.frontendClientIP)
  if (address) forwarded[siteForwarding.clientIPHeader] = address
  for (const name of session
    ? ['cookie', 'user-agent', 'accept-language']
    : ['user-agent', 'accept-language']) {
    const value = incoming.get(name)
    if (value) forwarded[name] = value
  }
  return createKindredClient({
    baseUrl: ownOrigin(),
    cache: 'no-store',
    headers: forwarded,
    querySerializer: (query) => stringify(query, { encodeValuesOnly: true }),
  })
}
