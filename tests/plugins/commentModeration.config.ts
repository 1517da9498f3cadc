import type { CollectionConfig, CollectionSlug, TypedUser } from 'payload'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { buildConfig } from 'payload'

import type { CommentModerationPluginConfig } from '../../plugins/comment-moderation/index.js'

import { commentModerationPlugin } from '../../plugins/comment-moderation/index.js'

// payload-types.ts knows Kindred's slugs only: this host's own are cast to Payload's slug type.
const asSlugs = <Key extends string>(slugs: Record<Key, string>) => slugs as Record<Key, CollectionSlug>

/**
 * The comment-moderation plugin on a host of its own, as Payload's `test/plugin-*` configs do: none of
 * Kindred's collections, slugs or roles, so the plugin can only work through its options.
 */
export const hostSlugs = asSlugs({
  articles: 'posts',
  comments: 'remarks',
  readers: 'members',
  staff: 'crew',
})

/** This host's moderators: crew on moderation duty (Kindred's `roles` field does not exist here). */
export const onModerationDuty = (user: null | TypedUser | undefined): boolean =>
  user?.collection === hostSlugs.staff && (user as { duty?: string }).duty === 'moderation'

const crew: CollectionConfig = {
  slug: hostSlugs.staff,
  auth: true,
  fields: [
    { name: 'name', type: 'text' },
    { name: 'duty', type: 'select', options: ['moderation', 'writing'] },
  ],
}

const members: CollectionConfig = {
  slug: hostSlugs.readers,
  auth: true,
  fields: [{ name: 'displayName', type: 'text' }],
}

export const posts: CollectionConfig = {
  slug: hostSlugs.articles,
  access: { read: () => true },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'slug', type: 'text', index: true, unique: true },
    { name: 'publishedAt', type: 'date' },
    { name: 'comments', type: 'select', defaultValue: 'open', options: ['open', 'closed'] },
    { name: 'closeCommentsAfterDays', type: 'number' },
  ],
}

/** The fields of a comment the plugin writes and threads by (Kindred's are in collections/Comments). */
export const remarks: CollectionConfig = {
  slug: hostSlugs.comments,
  // Comments come in through the pipeline only; the host's moderators read and change every one of them.
  access: {
    create: () => false,
    read: ({ req: { user } }) => onModerationDuty(user),
    update: ({ req: { user } }) => onModerationDuty(user),
  },
  fields: [
    { name: 'article', type: 'relationship', relationTo: hostSlugs.articles, required: true },
    { name: 'parent', type: 'relationship', relationTo: hostSlugs.comments },
    { name: 'thread', type: 'relationship', relationTo: hostSlugs.comments },
    { name: 'depth', type: 'number', defaultValue: 0 },
    { name: 'body', type: 'textarea' },
    {
      name: 'author',
      type: 'group',
      fields: [
        { name: 'reader', type: 'relationship', relationTo: hostSlugs.readers },
        { name: 'staff', type: 'relationship', relationTo: hostSlugs.staff },
        { name: 'name', type: 'text', required: true },
        { name: 'email', type: 'email' },
      ],
    },
    { name: 'isStaffReply', type: 'checkbox', defaultValue: false },
    { name: 'editedAt', type: 'date' },
    { name: 'deleted', type: 'checkbox', defaultValue: false },
    { name: 'notifyOnReply', type: 'checkbox', defaultValue: false },
  ],
}

/** Every log entry of this host records the desk that took it (a field the host adds by an override). */
const withDesk: CommentModerationPluginConfig['logOverrides'] = (log) => ({
  ...log,
  admin: { ...log.admin, group: 'Desk' },
  fields: [...log.fields, { name: 'desk', type: 'text', defaultValue: 'north' }],
})

/** This host's word lists sit in its own admin group, under its own label. */
const asDeskSettings: CommentModerationPluginConfig['settingsOverrides'] = (settings) => ({
  ...settings,
  admin: { ...settings.admin, group: 'Desk' },
  label: 'Desk word lists',
})

/**
 * A fresh host on the SQLite file `dbFile` (schema pushed). The host's proxy handling is a header the test
 * sets, so each guest is a client of its own; `options` override the plugin's, e.g. `{ disabled: true }`,
 * and `host` replaces the host's posts or remarks collection.
 */
export const commentModerationConfig = (
  dbFile: string,
  options: CommentModerationPluginConfig = {},
  host: { posts?: CollectionConfig; remarks?: CollectionConfig } = {},
) =>
  buildConfig({
    admin: { user: hostSlugs.staff },
    collections: [crew, members, host.posts ?? posts, host.remarks ?? remarks],
    db: sqliteAdapter({ client: { url: `file:${dbFile}` }, idType: 'uuid', push: true }),
    plugins: [
      commentModerationPlugin({
        articlesSlug: hostSlugs.articles,
        commentsSlug: hostSlugs.comments,
        flagsToHide: 2,
        getClientIP: (req) => req.headers.get('x-test-client') ?? undefined,
        isModerator: onModerationDuty,
        logOverrides: withDesk,
        readersSlug: hostSlugs.readers,
        settingsOverrides: asDeskSettings,
        staffSlug: hostSlugs.staff,
        ...options,
      }),
    ],
    // The refusals the tests provoke are logged by Payload; TEST_LOG_LEVEL shows them.
    logger: { options: { level: process.env.TEST_LOG_LEVEL || 'silent' } },
    secret: 'comment-moderation-plugin-test',
    telemetry: false,
    typescript: { autoGenerate: false },
  })
