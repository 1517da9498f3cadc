import crypto from 'node:crypto'

/**
 * How the reader site's server-side API calls keep the reader's address. The site renders in this process and
 * calls the API over loopback, so without help every reader would share 127.0.0.1 and one rate limit. The
 * Express host hands the site the reader's address (`frontendClientIP`, overwritten on every page request); the
 * site sends it back beside a key only this process knows (`key`), and the host believes the address only with
 * that key (src/http/siteForwardedClient.ts). Each process makes its own key: the site always calls its own port.
 */
export const siteForwarding = {
  clientIPHeader: 'x-kindred-site-client-ip',
  frontendClientIP: 'x-kindred-reader-ip',
  key: (): string => {
    process.env.KINDRED_SITE_KEY ||= crypto.randomBytes(32).toString('hex')
    return process.env.KINDRED_SITE_KEY
  },
  keyHeader: 'x-kindred-site-key',
}
