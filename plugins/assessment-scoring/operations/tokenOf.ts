import type { PayloadRequest } from 'payload'

import { tokenHeader } from '../defaults.js'

/** The response token a request carries: the header, or `?token=` in a link. */
export const tokenOf = (req: PayloadRequest): null | string =>
  req.headers.get(tokenHeader) || req.searchParams?.get('token') || null
