import type { Endpoint } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { requireCoupleMember } from '../operations/requireCoupleMember.js'
import { callerOf } from '../access/callerOf.js'
import { consentView } from '../core/consentView.js'
import { coupleReport } from '../operations/coupleReport.js'
import { dissolveCouple } from '../operations/dissolveCouple.js'
import { documented, errorResponses } from '@kindred/plugin-shared'
import { coupleConsentResponse, coupleReportResponse, leftResponse } from './responseSchemas.js'

/**
 * Partners' endpoints under `/api/couples/:id`, authenticated by the partner's own reader account
 * or response token. Anyone else: 404.
 */
export const coupleEndpoints = (options: SanitizedAssessmentScoringConfig): Endpoint[] => [
  {
    /** GET — the couple report, once both partners have submitted and consented; 403 otherwise. */
    handler: async (req) =>
      Response.json(
        await coupleReport(
          req,
          await requireCoupleMember(req, options, callerOf(req, options), String(req.routeParams?.id)),
        ),
      ),
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
    /**
     * GET — whether each partner has agreed to share the report, from the caller's side; partners only (404
     * to anyone else, as for a couple that does not exist, whatever its state).
     */
    handler: async (req) => {
      const { couple, mine } = await requireCoupleMember(
        req,
        options,
        callerOf(req, options),
        String(req.routeParams?.id),
      )
      return Response.json(consentView(couple, mine.id))
    },
    method: 'get',
    path: '/:id/consent',
    custom: documented({
      params: { id: 'The couple’s id.' },
      responses: {
        200: { description: 'Who has agreed to share the report.', schema: coupleConsentResponse },
        ...errorResponses(404),
      },
      security: ['jwt', 'responseToken'],
      summary: 'Who has agreed to share the couple report',
      tags: ['Couples'],
    }),
  },
  {
    /** POST — this partner leaves the couple; the report closes for both, and the other partner is not told. */
    handler: async (req) => {
      const { couple, mine } = await requireCoupleMember(
        req,
        options,
        callerOf(req, options),
        String(req.routeParams?.id),
      )
      await dissolveCouple(req, couple, mine.id, { responseExists: true })
      return Response.json({ left: true })
    },
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
