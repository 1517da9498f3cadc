import type { CollectionConfig } from 'payload'

import { hasRole } from '../../src/access/hasRole.js'
import { rejectMalformedInput } from '../../src/hooks/rejectMalformedInput.js'
import { isChoice, questionTypes } from '@kindred/plugin-shared/core'
import { dimensionOfItsAssessments } from './dimensionOfItsAssessments.js'

type QuestionData = {
  options?: unknown[] | null
  scale?: { max?: number | null; min?: number | null }
  type?: string
}

/**
 * The question bank counselors build assessments from. Everything a respondent
 * sees (prompt, help text, options, scale labels) sits beside what only scoring
 * reads (dimension, weight, reverse keying, safety), and only staff read this
 * collection: respondents get the form through `GET /api/assessments/:slug/form`.
 * Whether a question scores cleanly depends on the assessment that uses it, so
 * that is checked when an assessment is published, not here.
 */
export const Questions: CollectionConfig = {
  slug: 'questions',
  access: {
    create: hasRole('counselor'),
    delete: hasRole('counselor'),
    read: hasRole('counselor'),
    update: hasRole('counselor'),
  },
  admin: {
    defaultColumns: ['prompt', 'type', 'dimension', 'reverseKeyed', 'safety', 'updatedAt'],
    group: 'Assessments',
    listSearchableFields: ['prompt', 'dimension'],
    useAsTitle: 'prompt',
  },
  fields: [
    { name: 'prompt', type: 'text', maxLength: 500, required: true },
    {
      name: 'helpText',
      type: 'textarea',
      admin: { description: 'Shown to respondents under the prompt.' },
      maxLength: 1000,
    },
    {
      name: 'type',
      type: 'select',
      admin: { description: 'Free text is never scored.' },
      defaultValue: 'likert',
      options: questionTypes.map((option) => ({ ...option })),
      required: true,
    },
    {
      name: 'scale',
      type: 'group',
      admin: { condition: (data) => data?.type === 'likert' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'min', type: 'number', defaultValue: 1 },
            { name: 'max', type: 'number', defaultValue: 5 },
            { name: 'minLabel', type: 'text', defaultValue: 'Strongly disagree', maxLength: 80 },
            { name: 'maxLabel', type: 'text', defaultValue: 'Strongly agree', maxLength: 80 },
          ],
        },
      ],
      validate: (value: unknown, { siblingData }: { siblingData: QuestionData }) => {
        if (siblingData.type !== 'likert') return true
        const { max, min } = (value ?? {}) as NonNullable<QuestionData['scale']>
        return (
          (Number.isInteger(min) && Number.isInteger(max) && (min as number) < (max as number)) ||
          'A scale needs whole numbers with min below max.'
        )
      },
    },
    {
      name: 'options',
      type: 'array',
      admin: {
        condition: (data) => isChoice(data?.type),
        description:
          'A scored question needs a number for every option. For a forced-choice (tally) dimension, give each option the category it counts for.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', maxLength: 200, required: true },
            { name: 'value', type: 'number' },
            { name: 'category', type: 'text', maxLength: 60 },
          ],
        },
      ],
      validate: (value: unknown[] | null | undefined, { siblingData }: { siblingData: QuestionData }) =>
        !isChoice(siblingData?.type) ||
        (Array.isArray(value) && value.length > 0) ||
        'A choice question needs options.',
    },
    {
      name: 'dimension',
      type: 'text',
      admin: {
        components: { Field: '/collections/Questions/components/DimensionField#DimensionField' },
        description: 'Key of the assessment dimension this item scores on. Empty: not scored.',
        position: 'sidebar',
      },
      index: true,
      maxLength: 60,
      validate: dimensionOfItsAssessments,
    },
    {
      name: 'weight',
      type: 'number',
      admin: { position: 'sidebar' },
      defaultValue: 1,
      validate: (value: null | number | undefined) =>
        value === null ||
        value === undefined ||
        (Number.isFinite(value) && value > 0) ||
        'A weight is above 0.',
    },
    {
      name: 'reverseKeyed',
      type: 'checkbox',
      admin: { description: 'Agreeing scores low (a negatively worded item).', position: 'sidebar' },
      defaultValue: false,
    },
    { name: 'required', type: 'checkbox', admin: { position: 'sidebar' }, defaultValue: false },
    {
      name: 'safety',
      type: 'checkbox',
      admin: {
        description: 'About violence, affairs or substance use: never shown to a partner, in any form.',
        position: 'sidebar',
      },
      defaultValue: false,
    },
    {
      name: 'notes',
      type: 'textarea',
      admin: { description: 'For authors only; respondents never see it.' },
    },
  ],
  hooks: { beforeValidate: [rejectMalformedInput] },
  timestamps: true,
}
