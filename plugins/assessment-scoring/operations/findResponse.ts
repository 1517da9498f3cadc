import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'
import type { ResponseDoc } from './loadResponse.js'

import { pluginSlugs } from '../defaults.js'
import { messages } from '../messages.js'
import { loadResponse } from './loadResponse.js'
import { ownsResponse } from './ownsResponse.js'
import { secretMatches } from './secretMatches.js'
import { tokenOf } from './tokenOf.js'
import { findFirst } from '../../../src/utilities/findFirst.js'

/**
 * The response, if the caller is its respondent (their reader account, or the response token)
 * or, when `grantFor` names what they read, a counselor the respondent granted access — that read
 * is written to the access log. Everyone else gets the same 404 as for a response that does not
 * exist, so its existence is not revealed.
 */
export const findResponse = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  id: string,
  grantFor?: 'read-response' | 'read-result',
): Promise<ResponseDoc> => {
  const response = await loadResponse(req, id)
  if (response) {
    if (ownsResponse(req, options, response)) return response
    if (secretMatches(tokenOf(req), response.tokenHash)) return response
    if (grantFor && req.user && options.isCounselor(req.user)) {
      const grant = await findFirst<{ id: number | string }>(req, {
        collection: pluginSlugs.grants,
        where: {
          and: [
            { response: { equals: response.id } },
            { counselor: { equals: req.user.id } },
            { revokedAt: { exists: false } },
          ],
        },
      })
      if (grant) {
        await req.payload.create({
          collection: pluginSlugs.accessLog,
          data: {
            action: grantFor,
            counselor: req.user.id,
            grant: String(grant.id),
            response: String(response.id),
          },
          overrideAccess: true,
          req,
          select: { action: true },
        })
        return response
      }
    }
  }
  throw new APIError(messages.responseNotFound, 404, undefined, true)
}
