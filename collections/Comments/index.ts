import type { CollectionConfig } from 'payload'

import { userHasRole } from '../../src/access/userHasRole.js'
import { rejectDeniedChange } from '../../src/hooks/rejectDeniedChange.js'
import { authorOnly } from './access/authorOnly.js'

/** Staff who may see who wrote a comment (emails included) and act on it. */
const canModerate = ({ req: { user } }: { req: { user: Parameters<typeof userHasRole>[0] } }) =>
  userHasRole(user, ['editor', 'moderator'])

// Only the author changes what they wrote; anyone else naming a change gets a 403 naming the field.
const authorsWords = { update: authorOnly }
const authorsField = { access: authorsWords, hooks: { beforeValidate: [rejectDeniedChange] } }
// A comment stays where it was posted: nobody moves it to another article or thread (403 naming the field).
const fixedPlace = { access: { update: () => false }, hooks: { beforeValidate: [rejectDeniedChange] } }

/**
 * What a reader's comment is. Readers never write this collection directly:
 * they go through the comment endpoints of the comment-moderation plugin,
 * which adds the moderation state, its hooks and those endpoints.
 */
export const Comments: CollectionConfig = {
  slug: 'comments',
  access: {
    create: () => false,
    delete: ({ req: { user } }) => userHasRole(user, ['admin']),
    read: canModerate,
    update: canModerate,
  },
  admin: {
    // The moderation queue: what was said, where, by whom, its state, why the pipeline held it, and flags.
    defaultColumns: [
      'excerpt',
      'article',
      'authorName',
      'status',
      'moderation.summary',
      'moderation.flagCount',
      'createdAt',
    ],
    group: 'Community',
    useAsTitle: 'excerpt',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      ...fixedPlace,
      name: 'article',
      type: 'relationship',
      index: true,
      relationTo: 'articles',
      required: true,
    },
    {
      ...fixedPlace,
      name: 'parent',
      type: 'relationship',
      admin: { description: 'The comment this one replies to.' },
      index: true,
      relationTo: 'comments',
    },
    {
      name: 'thread',
      type: 'relationship',
      // Internals of threading, derived from the parent: hidden from the edit view.
      admin: { description: 'The top-level comment of this reply’s thread.', hidden: true, readOnly: true },
      index: true,
      relationTo: 'comments',
    },
    {
      name: 'depth',
      type: 'number',
      admin: { description: '0 for a top-level comment, 1 for a reply to it, and so on.', hidden: true },
      defaultValue: 0,
      min: 0,
    },
    {
      name: 'body',
      type: 'textarea',
      access: authorsWords,
      admin: { description: 'Plain text: never rendered as HTML. Only its author changes it.' },
      hooks: { beforeValidate: [rejectDeniedChange] },
      // A deleted or erased comment keeps its place in the thread with no text left.
      validate: (value: null | string | undefined, { siblingData }: { siblingData: { deleted?: boolean } }) =>
        Boolean(siblingData.deleted) || Boolean(value?.trim()) || 'A comment needs some text.',
    },
    {
      name: 'excerpt',
      type: 'text',
      admin: { hidden: true },
      hooks: {
        // A title for the admin's lists, derived so it never disagrees with the body.
        beforeChange: [({ siblingData }) => String(siblingData.body ?? '').slice(0, 80)],
      },
    },
    {
      name: 'author',
      type: 'group',
      fields: [
        { ...authorsField, name: 'reader', type: 'relationship', index: true, relationTo: 'readers' },
        { ...authorsField, name: 'staff', type: 'relationship', relationTo: 'users' },
        { ...authorsField, name: 'name', type: 'text', maxLength: 80, required: true },
        {
          ...authorsField,
          name: 'email',
          type: 'email',
          access: { read: canModerate, update: authorOnly },
          admin: { description: 'Guests only. Never shown to the public.' },
          index: true,
        },
      ],
    },
    {
      name: 'authorName',
      type: 'text',
      admin: { hidden: true },
      hooks: { afterRead: [({ siblingData }) => siblingData.author?.name] },
      virtual: true,
    },
    {
      name: 'isStaffReply',
      type: 'checkbox',
      admin: { description: 'Written by a member of staff; shown with a badge.', readOnly: true },
      defaultValue: false,
    },
    {
      name: 'editedAt',
      type: 'date',
      admin: { readOnly: true },
      hooks: {
        // Stamped whoever changes the text (author or moderator), so readers can tell an edited comment.
        beforeChange: [
          ({ operation, originalDoc, siblingData, value }) =>
            operation === 'update' &&
            !siblingData.deleted &&
            siblingData.body !== undefined &&
            siblingData.body !== originalDoc?.body
              ? new Date().toISOString()
              : value,
        ],
      },
    },
    {
      name: 'deleted',
      type: 'checkbox',
      admin: { description: 'Deleted by its author: kept as a placeholder so replies keep their place.' },
      defaultValue: false,
      index: true,
    },
    {
      name: 'notifyOnReply',
      type: 'checkbox',
      admin: { description: 'The author asked to be emailed when their comment is approved or replied to.' },
      defaultValue: false,
    },
  ],
  timestamps: true,
}
