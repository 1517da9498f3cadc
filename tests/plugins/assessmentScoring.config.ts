import type { CollectionConfig, CollectionSlug, Field, TypedUser } from 'payload'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { buildConfig } from 'payload'

import type { AssessmentScoringPluginConfig } from '../../plugins/assessment-scoring/index.js'

import { assessmentScoringPlugin } from '../../plugins/assessment-scoring/index.js'

// payload-types.ts knows Kindred's slugs only: this host's own are cast to Payload's slug type.
const asSlugs = <Key extends string>(slugs: Record<Key, string>) => slugs as Record<Key, CollectionSlug>

/**
 * The assessment-scoring plugin on a host of its own, as Payload's `test/plugin-*` configs do: none of
 * Kindred's collections, slugs or roles, so the plugin can only work through its options.
 */
export const hostSlugs = asSlugs({
  assessments: 'surveys',
  questions: 'items',
  readers: 'respondents',
  staff: 'team',
})

/** This host's staff rights: a `position` field instead of Kindred's roles. */
const holds =
  (...positions: string[]) =>
  (user: null | TypedUser | undefined): boolean =>
    user?.collection === hostSlugs.staff &&
    positions.includes(String((user as { position?: string }).position))

export const isTherapist = holds('therapist', 'director')
export const isDirector = holds('director')

const team: CollectionConfig = {
  slug: hostSlugs.staff,
  auth: true,
  fields: [
    { name: 'name', type: 'text' },
    { name: 'position', type: 'select', options: ['therapist', 'director', 'receptionist'] },
  ],
}

const respondents: CollectionConfig = { slug: hostSlugs.readers, auth: true, fields: [] }

/** The question bank: what the scoring core reads of a question (Kindred's is collections/Questions). */
const items: CollectionConfig = {
  slug: hostSlugs.questions,
  access: { read: ({ req: { user } }) => isTherapist(user) },
  fields: [
    { name: 'prompt', type: 'text', required: true },
    { name: 'helpText', type: 'textarea' },
    {
      name: 'type',
      type: 'select',
      defaultValue: 'likert',
      options: ['likert', 'single', 'multiple', 'boolean', 'text'],
      required: true,
    },
    {
      name: 'scale',
      type: 'group',
      fields: [
        { name: 'min', type: 'number', defaultValue: 1 },
        { name: 'max', type: 'number', defaultValue: 5 },
        { name: 'minLabel', type: 'text' },
        { name: 'maxLabel', type: 'text' },
      ],
    },
    {
      name: 'options',
      type: 'array',
      fields: [
        { name: 'label', type: 'text', required: true },
        { name: 'value', type: 'number' },
        { name: 'category', type: 'text' },
      ],
    },
    { name: 'dimension', type: 'text' },
    { name: 'weight', type: 'number', defaultValue: 1 },
    { name: 'reverseKeyed', type: 'checkbox', defaultValue: false },
    { name: 'required', type: 'checkbox', defaultValue: false },
    { name: 'safety', type: 'checkbox', defaultValue: false },
  ],
}

const bands: Field = {
  name: 'bands',
  type: 'array',
  fields: [
    { name: 'label', type: 'text', required: true },
    { name: 'min', type: 'number', required: true },
    { name: 'max', type: 'number', required: true },
    {
      name: 'conversationPrompts',
      type: 'array',
      fields: [{ name: 'prompt', type: 'textarea', required: true }],
    },
  ],
}
const methods = ['sum', 'mean', 'percent']

/** What a therapist authors: Kindred's shape (collections/Assessments) without its rich text and admin. */
export const surveys: CollectionConfig = {
  slug: hostSlugs.assessments,
  access: { read: ({ req: { user } }) => isTherapist(user) },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'slug', type: 'text', index: true, unique: true },
    { name: 'audience', type: 'select', defaultValue: 'either', options: ['individual', 'couple', 'either'] },
    { name: 'instructions', type: 'textarea' },
    { name: 'questions', type: 'relationship', hasMany: true, relationTo: hostSlugs.questions },
    {
      name: 'dimensions',
      type: 'array',
      fields: [
        { name: 'key', type: 'text', required: true },
        { name: 'label', type: 'text', required: true },
        {
          name: 'method',
          type: 'select',
          defaultValue: 'mean',
          options: [...methods, 'tally'],
          required: true,
        },
        { name: 'minAnsweredFraction', type: 'number', defaultValue: 1 },
        { name: 'missing', type: 'select', defaultValue: 'withhold', options: ['withhold', 'prorate'] },
        bands,
      ],
    },
    { name: 'overall', type: 'group', fields: [{ name: 'method', type: 'select', options: methods }, bands] },
  ],
  versions: { drafts: true },
}

/** Every response of this host records the clinic it was taken at (a field the host adds by an override). */
const withClinic: AssessmentScoringPluginConfig['responsesOverrides'] = (responses) => ({
  ...responses,
  admin: { ...responses.admin, group: 'Clinic' },
  fields: [...responses.fields, { name: 'clinic', type: 'text', defaultValue: 'north' }],
})

/**
 * A fresh host on the SQLite file `dbFile` (schema pushed); `options` override the plugin's, e.g.
 * `{ disabled: true }`, and `host.surveys` replaces the host's assessments collection.
 */
export const assessmentScoringConfig = (
  dbFile: string,
  options: AssessmentScoringPluginConfig = {},
  host: { surveys?: CollectionConfig } = {},
) =>
  buildConfig({
    admin: { user: hostSlugs.staff },
    collections: [team, respondents, items, host.surveys ?? surveys],
    db: sqliteAdapter({ client: { url: `file:${dbFile}` }, idType: 'uuid', push: true }),
    plugins: [
      assessmentScoringPlugin({
        assessmentsSlug: hostSlugs.assessments,
        isAdmin: isDirector,
        isCounselor: isTherapist,
        minimumStatisticsN: 2,
        questionsSlug: hostSlugs.questions,
        readersSlug: hostSlugs.readers,
        responsesOverrides: withClinic,
        staffSlug: hostSlugs.staff,
        ...options,
      }),
    ],
    // The refusals the tests provoke are logged by Payload; TEST_LOG_LEVEL shows them.
    logger: { options: { level: process.env.TEST_LOG_LEVEL || 'silent' } },
    secret: 'assessment-scoring-plugin-test',
    telemetry: false,
    typescript: { autoGenerate: false },
  })
