import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { messages } from '../messages.js'

/** 401 for nobody signed in, 403 for a signed-in reader or staff member who does not moderate. */
export const requireModerator = (req: PayloadRequest, options: SanitizedCommentModerationConfig): void => {
  if (!req.user) throw new APIError(messages.signInToModerate, 401, undefined, true)
  if (!options.isModerator(req.user)) throw new APIError(messages.signInToModerate, 403, undefined, true)
}
