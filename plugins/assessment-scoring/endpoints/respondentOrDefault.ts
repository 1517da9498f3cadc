import type { PayloadHandler, PayloadRequest } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { builtInHandler } from '@kindred/plugin-shared'
import { pluginSlugs } from '../defaults.js'
import { callerOf } from '../access/callerOf.js'

/**
 * `GET`/`PATCH`/`DELETE /api/responses/:id` serve respondents (and granted counselors) through
 * the plugin; an admin without a response token — the admin panel, or the REST API — gets
 * Payload's own handler, under the same collection access.
 */
export const respondentOrDefault =
  (
    options: SanitizedAssessmentScoringConfig,
    method: 'delete' | 'get' | 'patch',
    forRespondent: PayloadHandler,
  ): PayloadHandler =>
  async (req: PayloadRequest) => {
    if (options.isAdmin(req.user) && !callerOf(req, options).token)
      return builtInHandler(req, pluginSlugs.responses, method)(req)
    return forRespondent(req)
  }
