import { z } from 'zod'

/**
 * What the assessment endpoints answer, for their OpenAPI description (src/openapi). The contract
 * test validates every answer against these, so a change to an operation's result that is not
 * made here fails it.
 */
const assessmentRef = z.object({ slug: z.string(), title: z.string() })

/** The published assessment as a respondent sees it: no scoring key, weights or band bounds. */
const form = z.object({
  audience: z.string(),
  instructions: z.string(),
  intro: z.unknown().describe('Lexical rich text'),
  questions: z.array(
    z.object({
      helpText: z.string().optional(),
      id: z.string(),
      options: z.array(z.object({ label: z.string(), value: z.union([z.number(), z.string()]) })).optional(),
      private: z.literal(true).optional(),
      prompt: z.string(),
      required: z.boolean(),
      scale: z
        .object({
          max: z.number(),
          maxLabel: z.string().optional(),
          min: z.number(),
          minLabel: z.string().optional(),
        })
        .optional(),
      type: z.string(),
    }),
  ),
  slug: z.string(),
  title: z.string(),
})

export const formResponse = form.extend({ version: z.number().int() })

const score = z.object({
  answered: z.number().int(),
  band: z
    .object({
      conversationPrompts: z.array(z.string()),
      interpretation: z.unknown().describe('Lexical rich text, or null'),
      label: z.string(),
    })
    .nullable(),
  method: z.string(),
  percent: z.number().nullable(),
  score: z.number().nullable(),
  tallyWinners: z.array(z.string()).optional(),
  total: z.number(),
  withheld: z.boolean(),
})

const result = z.object({
  assessment: assessmentRef,
  dimensions: z.array(score.extend({ description: z.string(), key: z.string(), label: z.string() })),
  overall: score.nullable(),
  version: z.number().int(),
})

const responseStatus = z.enum(['draft', 'submitted'])

export const startedResponse = z.object({
  couple: z.string().optional(),
  id: z.string(),
  result: result.optional(),
  status: responseStatus,
  token: z.string().describe('The private link’s secret: send it as `X-Response-Token`.'),
})

export const savedResponse = z.object({ id: z.string(), result: result.optional(), status: responseStatus })

export const responseViewResponse = z.object({
  answers: z.record(z.string(), z.unknown()),
  assessment: assessmentRef,
  couple: z.string().nullable(),
  createdAt: z.string(),
  form: form.optional().describe('Only for a draft, to resume it.'),
  id: z.string(),
  status: responseStatus,
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
})

export const erasedResponse = z.object({ deleted: z.literal(true), id: z.string() })

export const resultResponse = result.extend({
  couple: z.string().nullable(),
  id: z.string(),
  submittedAt: z.string().nullable(),
})

export const invitationResponse = z.object({ code: z.string(), couple: z.string(), expiresAt: z.string() })

export const consentResponse = z.object({ couple: z.string(), share: z.boolean() })

const grant = z.object({
  counselor: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
  id: z.string(),
  revokedAt: z.string().nullable(),
})

export const grantResponse = grant

export const shareCodePreviewResponse = z.object({
  counselor: z.object({ name: z.string() }).describe('Only the counselor’s display name.'),
})

export const grantsResponse = z.object({
  docs: z.array(grant.extend({ reads: z.array(z.object({ action: z.string(), at: z.string() })) })),
})

const partnerScore = z.object({
  band: z.string().nullable(),
  percent: z.number().nullable(),
  score: z.number().nullable(),
  tallyWinners: z.array(z.string()).optional(),
})

export const coupleReportResponse = z.object({
  assessment: assessmentRef,
  couple: z.string(),
  dimensions: z.array(
    z.object({
      agreement: z.record(z.string(), z.number()),
      description: z.string(),
      difference: z.number().nullable(),
      items: z.array(
        z.object({ agreement: z.string().nullable(), prompt: z.string(), questionId: z.string() }),
      ),
      key: z.string(),
      label: z.string(),
      method: z.string(),
      partner: partnerScore,
      pca: z.number().nullable(),
      percentGap: z.number().nullable(),
      you: partnerScore,
    }),
  ),
  growthAreas: z.array(
    z.object({ conversationPrompts: z.array(z.string()), key: z.string(), label: z.string() }),
  ),
  strengths: z.array(z.object({ key: z.string(), label: z.string() })),
  version: z.number().int(),
})

export const coupleConsentResponse = z.object({
  consent: z
    .object({ mine: z.boolean(), partner: z.boolean() })
    .describe('Who has agreed to share the couple report; a partner who left counts as not agreeing.'),
  couple: z.string(),
})

export const leftResponse = z.object({ left: z.literal(true) })

export const statsResponse = z.object({
  asOf: z.string().nullable(),
  assessment: z.object({ id: z.string(), title: z.string() }),
  available: z.boolean(),
  dimensions: z.unknown().describe('Per dimension aggregates; null until published'),
  minimumN: z.number().int(),
  n: z.number().int(),
  version: z.number().int(),
})

export const keyPreviewResponse = z.object({
  problems: z.array(z.unknown()),
  ranges: z.unknown(),
})
