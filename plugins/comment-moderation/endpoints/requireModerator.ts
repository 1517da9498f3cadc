import type { Caller, SanitizedCommentModerationConfig } from '../types.js'

import { CommentRefusal } from '../CommentRefusal.js'

/** 401 for nobody signed in, 403 for a signed-in reader or staff member who does not moderate. */
export const requireModerator = (caller: Caller, options: SanitizedCommentModerationConfig): void => {
  if (!caller.user) throw new CommentRefusal('notSignedIn')
  if (!options.isModerator(caller.user)) throw new CommentRefusal('moderatorsOnly')
}
