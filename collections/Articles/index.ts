import type { CollectionConfig } from 'payload'

import { FixedToolbarFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { hasRole } from '../../src/access/hasRole.js'
import { isStaff } from '../../src/access/isStaff.js'
import { publishedAndDue } from '../../src/access/publishedAndDue.js'
import { slugField } from '../../src/fields/slugField.js'
import { rejectMalformedInput } from '../../src/hooks/rejectMalformedInput.js'
import { callToActionFields } from '../Assessments/callToActionField.js'
import { defaultAuthorsToCreator } from './hooks/defaultAuthorsToCreator.js'
import { populateAuthors } from './hooks/populateAuthors.js'
import { populatePublishedAt } from './hooks/populatePublishedAt.js'

export const Articles: CollectionConfig = {
  slug: 'articles',
  access: {
    create: hasRole('editor'),
    delete: hasRole('editor'),
    read: publishedAndDue,
    readVersions: hasRole('editor'),
    update: hasRole('editor'),
  },
  admin: {
    defaultColumns: ['title', 'slug', '_status', 'publishedAt', 'updatedAt'],
    group: 'Content',
    useAsTitle: 'title',
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', maxLength: 200, required: true },
    {
      name: 'excerpt',
      type: 'textarea',
      admin: { description: 'One or two sentences for lists and search results.' },
      maxLength: 500,
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    {
      name: 'content',
      type: 'richText',
      // The fixed toolbar shows every formatting action; the default floating one appears only on a selection.
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [...defaultFeatures, FixedToolbarFeature()],
      }),
      required: true,
    },
    slugField({ from: 'title' }),
    {
      name: 'publishedAt',
      type: 'date',
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: 'A future date keeps the published article hidden from the public until then.',
        position: 'sidebar',
      },
      index: true,
    },
    {
      name: 'authors',
      type: 'relationship',
      admin: { position: 'sidebar' },
      // The staff member writing the article, proposed in the form; defaultAuthorsToCreator covers the API.
      defaultValue: ({ user }) => (isStaff(user) ? [user.id] : undefined),
      hasMany: true,
      relationTo: 'users',
    },
    {
      name: 'populatedAuthors',
      type: 'array',
      access: { create: () => false, update: () => false },
      admin: { disabled: true, readOnly: true },
      fields: [
        { name: 'id', type: 'text' },
        { name: 'name', type: 'text' },
      ],
      virtual: true,
    },
    {
      name: 'categories',
      type: 'relationship',
      admin: { position: 'sidebar' },
      hasMany: true,
      relationTo: 'categories',
    },
    ...callToActionFields,
    {
      name: 'commentsLink',
      type: 'ui',
      admin: {
        components: { Field: '/collections/Articles/components/ArticleCommentsLink#ArticleCommentsLink' },
        position: 'sidebar',
      },
    },
    {
      name: 'comments',
      type: 'select',
      admin: { position: 'sidebar' },
      defaultValue: 'open',
      options: [
        { label: 'Open', value: 'open' },
        { label: 'Closed', value: 'closed' },
      ],
    },
    {
      name: 'closeCommentsAfterDays',
      type: 'number',
      admin: {
        description: 'Close comments automatically this many days after publishing. Empty: never.',
        position: 'sidebar',
      },
      min: 1,
    },
    {
      name: 'seo',
      type: 'group',
      fields: [
        { name: 'title', type: 'text', maxLength: 70 },
        { name: 'description', type: 'textarea', maxLength: 160 },
      ],
      label: 'SEO',
    },
  ],
  hooks: {
    afterRead: [populateAuthors],
    beforeChange: [defaultAuthorsToCreator, populatePublishedAt],
    beforeValidate: [rejectMalformedInput],
  },
  versions: {
    // validate: Payload's create view then waits for a first save instead of creating an empty draft the moment
    // Create New opens; autosave takes over once the article exists. A draft needs its required fields.
    drafts: { autosave: { interval: 2000 }, validate: true },
    maxPerDoc: 50,
  },
}
