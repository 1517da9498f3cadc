import { APIError } from 'payload'

import type { Caller, SanitizedCommentModerationConfig } from '../types.js'

import { messages } from '../messages.js'

/** 401 for nobody signed in, 403 for a signed-in reader or staff member who does not moderate. */
export const requireModerator = (caller: Caller, options: SanitizedCommentModerationConfig): void => {
  if (!caller.user) throw new APIError(messages.signInToModerate, 401, undefined, true)
  if (!options.isModerator(caller.user)) throw new APIError(messages.signInToModerate, 403, undefined, true)
}
