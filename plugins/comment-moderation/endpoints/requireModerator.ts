import type { PayloadRequest } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { requireUser } from '../../shared/requireUser.js'
import { messages } from '../messages.js'

/** 401 for nobody signed in, 403 for a signed-in reader or staff member who does not moderate. */
export const requireModerator = (req: PayloadRequest, options: SanitizedCommentModerationConfig): void =>
  requireUser(req, options.isModerator, messages.signInToModerate)
