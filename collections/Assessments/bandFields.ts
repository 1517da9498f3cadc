import type { Field } from 'payload'

/**
 * One result band: a closed score interval and what a respondent whose score
 * falls in it reads. Bands of one dimension must cover its possible range
 * without gaps or overlaps before the assessment can be published.
 */
export const bandFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'label', type: 'text', maxLength: 80, required: true },
      { name: 'min', type: 'number', required: true },
      { name: 'max', type: 'number', required: true },
    ],
  },
  { name: 'interpretation', type: 'richText' },
  {
    name: 'conversationPrompts',
    type: 'array',
    admin: { description: 'Questions a couple can talk through together.' },
    fields: [{ name: 'prompt', type: 'textarea', maxLength: 500, required: true }],
  },
]
