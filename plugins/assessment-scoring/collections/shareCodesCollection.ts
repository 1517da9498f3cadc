import type { CollectionConfig, FieldHook } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { shareCodeAccess } from '../access/shareCodeAccess.js'
import { shareCodeDefaultDays, shareCodeExpiryProblem } from '../core/shareCodeExpiryProblem.js'
import { pluginSlugs } from '../defaults.js'
import { newShareCode } from '../operations/newShareCode.js'

const day = 86_400_000

// The server makes the code; whatever a client sends is ignored, and it never changes afterwards.
const generateCode: FieldHook = ({ operation, originalDoc, value }) =>
  operation === 'create' ? newShareCode() : (originalDoc?.code ?? value)

// A code is its creator's: a counselor cannot make one in another's name. Without a signed-in staff member
// (the Local API, a seed) the given counselor stays.
const creatorOf =
  (options: SanitizedAssessmentScoringConfig): FieldHook =>
  ({ operation, originalDoc, req, value }) => {
    if (operation !== 'create') return originalDoc?.counselor ?? value
    return req.user?.collection === options.staffSlug ? req.user.id : value
  }

// Revoking is for good: a revoked code stays revoked, stamped once.
const keepRevoked: FieldHook = ({ originalDoc, value }) => Boolean(originalDoc?.revoked) || Boolean(value)
const stampRevocation: FieldHook = ({ originalDoc, siblingData, value }) =>
  originalDoc?.revokedAt ?? (siblingData.revoked ? (value ?? new Date().toISOString()) : null)

/**
 * Codes a counselor hands to clients so they can grant access to a result without knowing the counselor's
 * account: made by the server (60 random bits), reusable until they expire or are revoked. Only their
 * counselor and admins see them (`shareCodeAccess`); every grant made through one records it.
 */
export const shareCodesCollection = (options: SanitizedAssessmentScoringConfig): CollectionConfig => ({
  slug: pluginSlugs.shareCodes,
  access: shareCodeAccess(options),
  admin: {
    defaultColumns: ['code', 'label', 'expiresAt', 'revoked', 'createdAt'],
    description:
      'Give a code to your clients: with it they can let you read their result. It works until it expires or you revoke it.',
    group: 'Assessments',
    hidden: ({ user }) => !options.isCounselor(user as never),
    useAsTitle: 'code',
  },
  labels: { plural: 'Share codes', singular: 'Share code' },
  fields: [
    {
      name: 'code',
      type: 'text',
      access: { create: () => false, update: () => false },
      admin: { description: 'Made by Kindred when you save.', readOnly: true },
      hooks: { beforeChange: [generateCode] },
      index: true,
      unique: true,
    },
    {
      name: 'label',
      type: 'text',
      admin: { description: 'For you only, e.g. “Tuesday group”. Clients never see it.' },
      maxLength: 100,
    },
    {
      name: 'expiresAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      defaultValue: () => new Date(Date.now() + shareCodeDefaultDays * day).toISOString(),
      index: true,
      required: true,
      validate: (value, { data, operation, previousValue }) => {
        const created = (data as { createdAt?: string }).createdAt
        const time = (date: unknown) => new Date(date as string).getTime()
        const changed =
          operation === 'create' || (previousValue != null && time(value) !== time(previousValue))
        return (
          shareCodeExpiryProblem(value, created ? new Date(created) : new Date(), new Date(), changed) ?? true
        )
      },
    },
    {
      name: 'revoked',
      type: 'checkbox',
      admin: { description: 'Revoked codes stop working at once, for good. Grants already made stay.' },
      defaultValue: false,
      hooks: { beforeChange: [keepRevoked] },
      index: true,
    },
    {
      name: 'revokedAt',
      type: 'date',
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
      hooks: { beforeChange: [stampRevocation] },
    },
    {
      name: 'counselor',
      type: 'relationship',
      access: { update: () => false },
      // Set by the server on save (creatorOf): an empty read-only box on the create form only puzzles.
      admin: { condition: (data) => Boolean(data?.counselor), readOnly: true },
      hooks: { beforeChange: [creatorOf(options)] },
      index: true,
      relationTo: options.staffSlug,
    },
  ],
  timestamps: true,
})
