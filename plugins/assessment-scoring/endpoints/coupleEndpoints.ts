import type { Endpoint } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { coupleMember } from '../operations/coupleMember.js'
import { coupleReport } from '../operations/coupleReport.js'
import { leaveOwnCouple } from '../operations/leaveOwnCouple.js'
import { documented } from '../../shared/openapi/documented.js'
import { errorResponses } from '../../shared/openapi/errorResponses.js'
import { coupleReportResponse, leftResponse } from './responseSchemas.js'

/**
 * Partners' endpoints under `/api/couples/:id`, authenticated by the partner's own reader account
 * or response token. Anyone else: 404.
 */
export const coupleEndpoints = (options: SanitizedAssessmentScoringConfig): Endpoint[] => [
  {
    /** GET — the couple report, once both partners have submitted and consented; 403 otherwise. */
    handler: async (req) =>
      Response.json(await coupleReport(req, await coupleMember(req, options, String(req.routeParams?.id)))),
    method: 'get',
    path: '/:id/report',
    custom: documented({
      params: { id: 'The couple’s id.' },
      responses: {
        200: { description: 'The couple report, from the caller’s side.', schema: coupleReportResponse },
        ...errorResponses(403, 404),
      },
      security: ['jwt', 'responseToken'],
      summary: 'The couple report',
      tags: ['Couples'],
    }),
  },
  {
    /** POST — this partner leaves the couple; the report closes for both. */
    handler: async (req) =>
      Response.json(await leaveOwnCouple(req, await coupleMember(req, options, String(req.routeParams?.id)))),
    method: 'post',
    path: '/:id/leave',
    custom: documented({
      params: { id: 'The couple’s id.' },
      responses: { 200: { description: 'Left.', schema: leftResponse }, ...errorResponses(404) },
      security: ['jwt', 'responseToken'],
      summary: 'Leave the couple',
      tags: ['Couples'],
    }),
  },
]
