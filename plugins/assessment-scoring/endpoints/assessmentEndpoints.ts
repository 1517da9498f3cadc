import type { Endpoint } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { documented, errorResponses, parseInput, readJSON } from '@kindred/plugin-shared'
import { assessmentStats } from '../operations/assessmentStats.js'
import { formOf } from '../operations/formOf.js'
import { keyPreview } from '../operations/keyPreview.js'
import { startResponse } from '../operations/startResponse.js'
import { callerOf } from '../access/callerOf.js'
import { requireCounselor } from './requireCounselor.js'
import { ScoringRefusal } from '../ScoringRefusal.js'
import { formQuerySchema, keyPreviewSchema, startResponseSchema, statsQuerySchema } from './schemas.js'
import { formResponse, keyPreviewResponse, startedResponse, statsResponse } from './responseSchemas.js'

/** Endpoints the plugin adds under `/api/assessments`. */
export const assessmentEndpoints = (options: SanitizedAssessmentScoringConfig): Endpoint[] => [
  {
    /** GET `?invitation=` — the published assessment as a respondent sees it. Anyone. */
    handler: async (req) => {
      const { invitation } = parseInput(formQuerySchema, req.query)
      return Response.json(
        await formOf(req, options, callerOf(req, options), String(req.routeParams?.slug), invitation),
      )
    },
    method: 'get',
    path: '/:slug/form',
    custom: documented({
      params: { slug: 'The assessment’s slug.' },
      query: formQuerySchema,
      responses: {
        200: { description: 'The form of the published version.', schema: formResponse },
        ...errorResponses(400, 404),
      },
      summary: 'The assessment as a respondent sees it',
      description: 'Anyone. With `invitation`, the version the inviting partner answered.',
      tags: ['Assessments'],
    }),
  },
  {
    /**
     * POST — `{ answers, submit?, invitation? }`: starts a response (a draft, or submitted and scored).
     * Anyone; a signed-in reader owns it. 201 `{ id, token, status, result?, couple? }`. Anonymous
     * starts count against the client's `limitAnonymousStarts`: 429 with `Retry-After` past it.
     */
    handler: async (req) => {
      const caller = callerOf(req, options)
      if (!caller.user) {
        const limit = await options.limitAnonymousStarts({ client: caller.client ?? 'unknown', req })
        if (!limit.allowed) {
          const retryAfterSeconds = Math.max(1, Math.ceil(limit.retryAfterSeconds))
          // As clients and proxies expect a 429: Payload adds the request's response headers to its error answer.
          req.responseHeaders = new Headers(req.responseHeaders)
          req.responseHeaders.set('Retry-After', String(retryAfterSeconds))
          throw new ScoringRefusal('tooManyStarts', { retryAfterSeconds })
        }
      }
      const input = parseInput(startResponseSchema, await readJSON(req))
      const started = await startResponse(req, options, caller, String(req.routeParams?.slug), input)
      return Response.json(started, { status: 201 })
    },
    method: 'post',
    path: '/:slug/responses',
    custom: documented({
      body: startResponseSchema,
      description:
        'Anyone; a signed-in reader owns the response. Keep `token`: it is the private link to the response and its result.',
      params: { slug: 'The assessment’s slug.' },
      responses: {
        201: { description: 'Started (a draft), or submitted and scored.', schema: startedResponse },
        ...errorResponses(400, 404, 429),
      },
      security: ['jwt'],
      summary: 'Start a response',
      tags: ['Assessments'],
    }),
  },
  {
    /**
     * GET `?version=` — the published statistics snapshot of a version, from `minimumStatisticsN`
     * responses on, refreshed only after as many new ones. Counselors; each read is logged.
     */
    handler: async (req) => {
      const reader = requireCounselor(req.user, options)
      const { version } = parseInput(statsQuerySchema, req.query)
      return Response.json(await assessmentStats(req, options, reader, String(req.routeParams?.id), version))
    },
    method: 'get',
    path: '/:id/stats',
    custom: documented({
      params: { id: 'The assessment’s id.' },
      query: statsQuerySchema,
      responses: {
        200: { description: 'The published statistics snapshot.', schema: statsResponse },
        ...errorResponses(400, 401, 403, 404),
      },
      security: ['jwt'],
      summary: 'Aggregate statistics of an assessment (counselors)',
      tags: ['Assessments'],
    }),
  },
  {
    /** POST — the editor's form state: possible ranges, band coverage and problems. Counselors. */
    handler: async (req) => {
      requireCounselor(req.user, options)
      const input = parseInput(keyPreviewSchema, await readJSON(req))
      return Response.json(await keyPreview(req, options, input))
    },
    method: 'post',
    path: '/key-preview',
    custom: documented({
      body: keyPreviewSchema,
      responses: {
        200: { description: 'Possible ranges and problems.', schema: keyPreviewResponse },
        ...errorResponses(400, 401, 403),
      },
      security: ['jwt'],
      summary: 'Preview a scoring key being edited (counselors)',
      tags: ['Assessments'],
    }),
  },
]
