import type { PayloadRequest } from 'payload'

import type { Caller, SanitizedAssessmentScoringConfig } from '../types.js'

import { tokenHeader } from '../defaults.js'

/** The request as plain arguments: the one place the plugin reads who calls from a request. */
export const callerOf = (req: PayloadRequest, options: SanitizedAssessmentScoringConfig): Caller => ({
  client: options.getClientIP(req),
  token: req.headers.get(tokenHeader) || req.searchParams?.get('token') || null,
  user: req.user ?? null,
})
