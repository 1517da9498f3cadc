import type { Endpoint } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { parseInput } from '../../shared/parseInput.js'
import { readJSON } from '../../shared/readJSON.js'
import { assessmentStats } from '../operations/assessmentStats.js'
import { formOf } from '../operations/formOf.js'
import { keyPreview } from '../operations/keyPreview.js'
import { startResponse } from '../operations/startResponse.js'
import { requireCounselor } from './requireCounselor.js'
import { tooManyStarts } from './tooManyStarts.js'
import { formQuerySchema, keyPreviewSchema, startResponseSchema, statsQuerySchema } from './schemas.js'

/** Endpoints the plugin adds under `/api/assessments`. */
export const assessmentEndpoints = (options: SanitizedAssessmentScoringConfig): Endpoint[] => [
  {
    /** GET `?invitation=` — the published assessment as a respondent sees it. Anyone. */
    handler: async (req) => {
      const { invitation } = parseInput(formQuerySchema, req.query)
      return Response.json(await formOf(req, options, String(req.routeParams?.slug), invitation))
    },
    method: 'get',
    path: '/:slug/form',
  },
  {
    /**
     * POST — `{ answers, submit?, invitation? }`: starts a response (a draft, or submitted and scored).
     * Anyone; a signed-in reader owns it. 201 `{ id, token, status, result?, couple? }`. Anonymous
     * starts count against the client's `limitAnonymousStarts`: 429 with `Retry-After` past it.
     */
    handler: async (req) => {
      const client = options.getClientIP(req)
      if (!req.user) {
        const limit = await options.limitAnonymousStarts({ client: client ?? 'unknown', req })
        if (!limit.allowed) return tooManyStarts(limit.retryAfterSeconds)
      }
      const input = parseInput(startResponseSchema, await readJSON(req))
      const started = await startResponse(req, options, String(req.routeParams?.slug), input, { client })
      return Response.json(started, { status: 201 })
    },
    method: 'post',
    path: '/:slug/responses',
  },
  {
    /**
     * GET `?version=` — the published statistics snapshot of a version, from `minimumStatisticsN`
     * responses on, refreshed only after as many new ones. Counselors; each read is logged.
     */
    handler: async (req) => {
      const reader = requireCounselor(req, options)
      const { version } = parseInput(statsQuerySchema, req.query)
      return Response.json(await assessmentStats(req, options, reader, String(req.routeParams?.id), version))
    },
    method: 'get',
    path: '/:id/stats',
  },
  {
    /** POST — the editor's form state: possible ranges, band coverage and problems. Counselors. */
    handler: async (req) => {
      requireCounselor(req, options)
      const input = parseInput(keyPreviewSchema, await readJSON(req))
      return Response.json(await keyPreview(req, options, input))
    },
    method: 'post',
    path: '/key-preview',
  },
]
