import type { PayloadRequest, TypedUser } from 'payload'

import { APIError } from 'payload'

/** For custom endpoints: 401 when nobody is signed in, 403 when the signed-in user is not `allowed`. */
export const requireUser = (
  req: PayloadRequest,
  allowed: (user: TypedUser) => boolean,
  message: string,
): void => {
  if (!req.user) throw new APIError(message, 401, undefined, true)
  if (!allowed(req.user)) throw new APIError(message, 403, undefined, true)
}
