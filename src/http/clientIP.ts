import type { PayloadRequest } from 'payload'

/**
 * The header the Express host sets to the client's address (`req.ip`, which
 * honours TRUST_PROXY). It overwrites any incoming header of that name, so a
 * client cannot choose its own address.
 */
export const clientIPHeader = 'x-kindred-client-ip'

export const clientIPFromRequest = (req: PayloadRequest): string | undefined =>
  req.headers.get(clientIPHeader) || undefined
