import type { Endpoint, PayloadRequest } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { documented, errorResponses, parseInput, readJSON } from '@kindred/plugin-shared'
import { eraseResponse } from '../operations/eraseResponse.js'
import { requireResponse } from '../operations/requireResponse.js'
import { grantCounselor } from '../operations/grantCounselor.js'
import { requireShareCode } from '../operations/requireShareCode.js'
import { listGrants } from '../operations/listGrants.js'
import { revokeGrant } from '../operations/revokeGrant.js'
import { invitePartner } from '../operations/invitePartner.js'
import { getResponse } from '../operations/getResponse.js'
import { getResult } from '../operations/getResult.js'
import { saveResponse } from '../operations/saveResponse.js'
import { setConsent } from '../operations/setConsent.js'
import { callerOf } from '../access/callerOf.js'
import { respondentOrDefault } from './respondentOrDefault.js'
import { throttleShareCodes } from './throttleShareCodes.js'
import { consentSchema, grantSchema, saveResponseSchema, shareCodePreviewSchema } from './schemas.js'
import {
  consentResponse,
  erasedResponse,
  grantResponse,
  grantsResponse,
  invitationResponse,
  responseViewResponse,
  resultResponse,
  savedResponse,
  shareCodePreviewResponse,
} from './responseSchemas.js'

const idParam = { id: 'The response’s id.' }
const respondentOnly = ['jwt', 'responseToken'] as const

/** The respondent of `/:id`, proven by their account or the response token; anyone else: 404. */
const respondent = async (req: PayloadRequest, options: SanitizedAssessmentScoringConfig) =>
  requireResponse(req, options, callerOf(req, options), String(req.routeParams?.id))

/** The same, or a counselor the respondent granted access, whose read is logged as `action`. */
const reader = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  action: 'read-response' | 'read-result',
) => requireResponse(req, options, callerOf(req, options), String(req.routeParams?.id), action)

/** The live share code `typed` names, after counting the attempt against the caller's address. */
const shareCode = async (req: PayloadRequest, options: SanitizedAssessmentScoringConfig, typed: string) => {
  await throttleShareCodes(req, options, callerOf(req, options))
  return requireShareCode(req, options, typed)
}

/**
 * A respondent's endpoints under `/api/responses/:id`. Each authenticates before it reads a body:
 * the reader who owns the response, or its token (`X-Response-Token` header or `?token=`); reads
 * also admit a counselor the respondent granted access, and log it. Anyone else: 404.
 */
export const responseEndpoints = (options: SanitizedAssessmentScoringConfig): Endpoint[] => [
  {
    /** GET — the response: answers, state, and for a draft the form of its version (to resume). */
    handler: respondentOrDefault(options, 'get', async (req) =>
      Response.json(await getResponse(req, await reader(req, options, 'read-response'))),
    ),
    method: 'get',
    path: '/:id',
    custom: documented({
      params: idParam,
      responses: {
        200: { description: 'The response.', schema: responseViewResponse },
        ...errorResponses(404),
      },
      security: [...respondentOnly],
      summary: 'A response, to resume it',
      tags: ['Responses'],
    }),
  },
  {
    /** PATCH — `{ answers?, submit? }`: saves more answers to a draft (null takes one back), or submits it. */
    handler: respondentOrDefault(options, 'patch', async (req) => {
      const response = await respondent(req, options)
      const input = parseInput(saveResponseSchema, await readJSON(req))
      return Response.json(await saveResponse(req, options, callerOf(req, options), response, input))
    }),
    method: 'patch',
    path: '/:id',
    custom: documented({
      body: saveResponseSchema,
      params: idParam,
      responses: {
        200: { description: 'Saved, or submitted and scored.', schema: savedResponse },
        ...errorResponses(400, 404, 409),
      },
      security: [...respondentOnly],
      summary: 'Save answers or submit',
      tags: ['Responses'],
    }),
  },
  {
    /** DELETE — the respondent erases their response; grants and couple go with it. */
    handler: respondentOrDefault(options, 'delete', async (req) =>
      Response.json(await eraseResponse(req, await respondent(req, options))),
    ),
    method: 'delete',
    path: '/:id',
    custom: documented({
      params: idParam,
      responses: { 200: { description: 'Erased.', schema: erasedResponse }, ...errorResponses(404) },
      security: [...respondentOnly],
      summary: 'Erase a response',
      tags: ['Responses'],
    }),
  },
  {
    /** GET — scores, bands, interpretations and conversation prompts of a submitted response. */
    handler: async (req) => Response.json(await getResult(req, await reader(req, options, 'read-result'))),
    method: 'get',
    path: '/:id/result',
    custom: documented({
      params: idParam,
      responses: {
        200: { description: 'The result.', schema: resultResponse },
        ...errorResponses(404, 409),
      },
      security: [...respondentOnly],
      summary: 'The result of a submitted response',
      tags: ['Responses'],
    }),
  },
  {
    /** POST — a single-use code for the partner, on a couple assessment. 201 `{ code, couple, expiresAt }`. */
    handler: async (req) =>
      Response.json(await invitePartner(req, options, await respondent(req, options)), { status: 201 }),
    method: 'post',
    path: '/:id/invitation',
    custom: documented({
      params: idParam,
      responses: {
        201: { description: 'The partner’s single-use code.', schema: invitationResponse },
        ...errorResponses(404, 409),
      },
      security: [...respondentOnly],
      summary: 'Invite a partner (couple assessments)',
      tags: ['Couples'],
    }),
  },
  {
    /** POST — `{ share }`: this partner's consent to the couple report, given or withdrawn. */
    handler: async (req) => {
      const response = await respondent(req, options)
      const { share } = parseInput(consentSchema, await readJSON(req))
      return Response.json(await setConsent(req, response, share))
    },
    method: 'post',
    path: '/:id/consent',
    custom: documented({
      body: consentSchema,
      params: idParam,
      responses: {
        200: { description: 'The consent as it now stands.', schema: consentResponse },
        ...errorResponses(400, 404, 409),
      },
      security: [...respondentOnly],
      summary: 'Consent to the couple report, or withdraw it',
      tags: ['Couples'],
    }),
  },
  {
    /** GET — the respondent's grants, each with the reads made through it. */
    handler: async (req) => Response.json(await listGrants(req, options, await respondent(req, options))),
    method: 'get',
    path: '/:id/grants',
    custom: documented({
      params: idParam,
      responses: { 200: { description: 'The grants.', schema: grantsResponse }, ...errorResponses(404) },
      security: [...respondentOnly],
      summary: 'The counselors granted access, and their reads',
      tags: ['Grants'],
    }),
  },
  {
    /**
     * POST — `{ code }` (a counselor's share code) or `{ counselor }` (their id): lets that counselor read this
     * response until revoked. 201, or 200 if already granted. A code counts against the caller's
     * `limitShareCodeAttempts`; any code that does not work is the same 400.
     */
    handler: async (req) => {
      const response = await respondent(req, options)
      const { code, counselor } = parseInput(grantSchema, await readJSON(req))
      const byCode = code === undefined ? undefined : await shareCode(req, options, code)
      const { created, grant } = await grantCounselor(
        req,
        options,
        response,
        byCode?.counselor ?? String(counselor),
        byCode?.code,
      )
      return Response.json(grant, { status: created ? 201 : 200 })
    },
    method: 'post',
    path: '/:id/grants',
    custom: documented({
      body: grantSchema,
      params: idParam,
      responses: {
        200: { description: 'Already granted.', schema: grantResponse },
        201: { description: 'Granted.', schema: grantResponse },
        ...errorResponses(400, 404, 429),
      },
      security: [...respondentOnly],
      summary: 'Grant a counselor access to the response, by share code or id',
      tags: ['Grants'],
    }),
  },
  {
    /**
     * POST — `{ code }`: the name of the counselor a share code would grant access to, so the respondent
     * confirms before granting; nothing else about the code or the counselor. Counts against
     * `limitShareCodeAttempts` as a grant does; any code that does not work is the same 400.
     */
    handler: async (req) => {
      await respondent(req, options)
      const { code } = parseInput(shareCodePreviewSchema, await readJSON(req))
      const { name } = await shareCode(req, options, code)
      return Response.json({ counselor: { name } })
    },
    method: 'post',
    path: '/:id/grants/preview',
    custom: documented({
      body: shareCodePreviewSchema,
      params: idParam,
      responses: {
        200: { description: 'Whom the code names.', schema: shareCodePreviewResponse },
        ...errorResponses(400, 404, 429),
      },
      security: [...respondentOnly],
      summary: 'Whom a counselor’s share code names, before granting',
      tags: ['Grants'],
    }),
  },
  {
    /** DELETE — revokes a grant. */
    handler: async (req) =>
      Response.json(
        await revokeGrant(req, options, await respondent(req, options), String(req.routeParams?.grantId)),
      ),
    method: 'delete',
    path: '/:id/grants/:grantId',
    custom: documented({
      params: { ...idParam, grantId: 'The grant’s id.' },
      responses: { 200: { description: 'Revoked.', schema: grantResponse }, ...errorResponses(404) },
      security: [...respondentOnly],
      summary: 'Revoke a grant',
      tags: ['Grants'],
    }),
  },
]
