import type { PayloadRequest } from 'payload'

import type { Caller, SanitizedCommentModerationConfig } from '../types.js'

/** The request as plain arguments: the one place the plugin reads who calls from a request. */
export const callerOf = (req: PayloadRequest, options: SanitizedCommentModerationConfig): Caller => ({
  ip: options.getClientIP(req),
  user: req.user ?? null,
  userAgent: req.headers.get('user-agent') ?? undefined,
})
