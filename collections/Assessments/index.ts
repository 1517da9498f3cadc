import type { CollectionConfig } from 'payload'

import { hasRole } from '../../src/access/hasRole.js'
import { staffOnly } from '../../src/access/staffOnly.js'
import { slugField } from '../../src/fields/slugField.js'
import { rejectMalformedInput } from '../../src/hooks/rejectMalformedInput.js'
import { bandFields } from './bandFields.js'

const methodOptions = [
  { label: 'Sum of item values', value: 'sum' },
  { label: 'Mean of item values', value: 'mean' },
  { label: 'Percent of the possible range', value: 'percent' },
]

/**
 * What counselors author: the questions in order, the dimensions they score
 * on, how each is scored and banded. Drafts may be incomplete; the
 * assessment-scoring plugin refuses to publish a key that cannot score, freezes
 * each published version and serves it to respondents. Only staff read this
 * collection (editors pick it as an article's call to action): respondents get
 * `GET /api/assessments/:slug/form`, which carries none of the scoring key.
 */
export const Assessments: CollectionConfig = {
  slug: 'assessments',
  access: {
    create: hasRole('counselor'),
    delete: hasRole('counselor'),
    read: staffOnly,
    readVersions: hasRole('counselor'),
    update: hasRole('counselor'),
  },
  admin: {
    defaultColumns: ['title', 'slug', 'audience', '_status', 'updatedAt'],
    group: 'Assessments',
    useAsTitle: 'title',
  },
  fields: [
    { name: 'title', type: 'text', maxLength: 200, required: true },
    slugField({ from: 'title' }),
    {
      name: 'audience',
      type: 'select',
      admin: { position: 'sidebar' },
      defaultValue: 'either',
      options: [
        { label: 'Individual', value: 'individual' },
        { label: 'Couple', value: 'couple' },
        { label: 'Either', value: 'either' },
      ],
      required: true,
    },
    { name: 'intro', type: 'richText' },
    {
      name: 'instructions',
      type: 'textarea',
      admin: { description: 'Shown above the questions.' },
      maxLength: 2000,
    },
    {
      name: 'questions',
      type: 'relationship',
      admin: {
        components: { Field: '/collections/Assessments/components/QuestionsField#QuestionsField' },
        description:
          'In the order respondents see them; drag to reorder. Create or edit one in place with its drawer.',
      },
      hasMany: true,
      relationTo: 'questions',
    },
    {
      name: 'dimensions',
      type: 'array',
      admin: { description: 'What the assessment measures. Each scored question names one by its key.' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'key',
              type: 'text',
              maxLength: 60,
              required: true,
              validate: (value: null | string | undefined) =>
                !value || /^[a-z][a-z0-9-]*$/.test(value) || 'Use lower-case letters, digits and dashes.',
            },
            { name: 'label', type: 'text', maxLength: 80, required: true },
            {
              name: 'method',
              type: 'select',
              defaultValue: 'mean',
              options: [...methodOptions, { label: 'Tally of choices (ties kept)', value: 'tally' }],
              required: true,
            },
          ],
        },
        { name: 'description', type: 'textarea', maxLength: 1000 },
        {
          type: 'row',
          fields: [
            {
              name: 'minAnsweredFraction',
              type: 'number',
              admin: { description: 'Share of the items that must be answered to score (0–1).', step: 0.05 },
              defaultValue: 1,
              max: 1,
              min: 0,
            },
            {
              name: 'missing',
              type: 'select',
              admin: { description: 'When some items are unanswered.' },
              defaultValue: 'withhold',
              options: [
                { label: 'Score the answered items only', value: 'withhold' },
                { label: 'Prorate to the full scale', value: 'prorate' },
              ],
            },
          ],
        },
        { name: 'bands', type: 'array', fields: bandFields },
      ],
    },
    {
      name: 'overall',
      type: 'group',
      admin: { description: 'An overall score across the numeric dimensions. No method: none.' },
      fields: [
        { name: 'method', type: 'select', options: methodOptions },
        {
          name: 'bands',
          type: 'array',
          admin: { condition: (_data, siblingData) => Boolean(siblingData?.method) },
          fields: bandFields,
        },
      ],
    },
  ],
  hooks: { beforeValidate: [rejectMalformedInput] },
  versions: {
    drafts: { autosave: { interval: 2000 } },
    maxPerDoc: 50,
  },
}
