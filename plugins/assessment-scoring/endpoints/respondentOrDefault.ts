import type { PayloadHandler, PayloadRequest } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { pluginSlugs } from '../defaults.js'
import { tokenOf } from '../operations/tokenOf.js'

/**
 * `GET`/`PATCH`/`DELETE /api/responses/:id` serve respondents (and granted counselors) through
 * the plugin; an admin without a response token — the admin panel, or the REST API — gets
 * Payload's own handler, which the collection's admin-only access governs. Custom endpoints are
 * matched before the built-in ones, so the built-in one is found after this one.
 */
export const respondentOrDefault =
  (
    options: SanitizedAssessmentScoringConfig,
    method: 'delete' | 'get' | 'patch',
    forRespondent: PayloadHandler,
  ): PayloadHandler =>
  async (req: PayloadRequest) => {
    if (options.isAdmin(req.user) && !tokenOf(req)) {
      const endpoints = req.payload.collections[pluginSlugs.responses].config.endpoints || []
      const matches = endpoints.filter((endpoint) => endpoint.path === '/:id' && endpoint.method === method)
      return matches[matches.length - 1].handler(req)
    }
    return forRespondent(req)
  }
