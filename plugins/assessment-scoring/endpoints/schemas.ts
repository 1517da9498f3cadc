import { idSchema } from '@kindred/plugin-shared'
import { z } from 'zod'

/** `{ [questionId]: value }`; the values are checked against the frozen key, which names each problem. */
const answers = z
  .record(z.string().min(1).max(64), z.unknown())
  .refine((value) => Object.keys(value).length <= 1000, { message: 'At most 1,000 answers.' })

/** Bodies and queries of the assessment endpoints; anything else in a body is refused. */
export const startResponseSchema = z.strictObject({
  answers: answers.default({}),
  invitation: z.string().min(1).max(200).optional(),
  submit: z.boolean().default(false),
})

export const saveResponseSchema = z.strictObject({
  answers: answers.optional(),
  submit: z.boolean().default(false),
})

export const consentSchema = z.strictObject({ share: z.boolean() })

/** A counselor's share code as typed: case, dashes and spaces do not matter (`normalizeShareCode`). */
const shareCode = z.string().min(1).max(64).describe('A counselor’s share code, such as `K7QM-4XPD-9TRA`.')

/** By share code (what a reader is given) or, as before, by the counselor's id: one of the two. */
export const grantSchema = z
  .strictObject({ code: shareCode.optional(), counselor: idSchema.optional() })
  .refine((input) => (input.code === undefined) !== (input.counselor === undefined), {
    message: 'Give either `code` (the counselor’s share code) or `counselor` (their id).',
    path: ['code'],
  })

export const shareCodePreviewSchema = z.strictObject({ code: shareCode })

export const formQuerySchema = z.object({ invitation: z.string().min(1).max(200).optional() })

export const statsQuerySchema = z.object({ version: z.coerce.number().int().min(1).optional() })

const bandPreview = z.object({
  label: z.string().nullish(),
  max: z.number().nullish(),
  min: z.number().nullish(),
})

/** The admin form's state of an assessment, as the key preview reads it; drafts may be incomplete. */
export const keyPreviewSchema = z.object({
  dimensions: z
    .array(
      z.object({
        bands: z.array(bandPreview).nullish(),
        key: z.string().nullish(),
        label: z.string().nullish(),
        method: z.string().nullish(),
        minAnsweredFraction: z.number().nullish(),
        missing: z.string().nullish(),
      }),
    )
    .max(100)
    .default([]),
  overall: z.object({ bands: z.array(bandPreview).nullish(), method: z.string().nullish() }).nullish(),
  questions: z.array(idSchema).max(1000).default([]),
})
