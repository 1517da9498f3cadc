import type { CollectionConfig, CollectionSlug, PayloadRequest } from 'payload'

import type { SanitizedCommentModerationConfig } from '../types.js'

import { describeLogEntry } from '../core/index.js'
import { pluginSlugs } from '../defaults.js'

/** The staff member's name, read with the viewer's own access (staff read staff); once per request each. */
const staffName = async (
  req: PayloadRequest,
  staffSlug: CollectionSlug,
  staff: unknown,
): Promise<string | undefined> => {
  if (!staff) return undefined
  if (typeof staff === 'object' && 'name' in staff) return String(staff.name)
  const id = String(typeof staff === 'object' && 'id' in staff ? staff.id : staff)
  const cache = ((req.context.staffNames as Map<string, Promise<string | undefined>>) ??= new Map())
  if (!cache.has(id)) {
    cache.set(
      id,
      req.payload
        .find({
          collection: staffSlug,
          depth: 0,
          limit: 1,
          overrideAccess: false,
          req,
          user: req.user,
          where: { id: { equals: id } },
        })
        .then(({ docs }) => (docs[0] as { name?: string } | undefined)?.name)
        .catch(() => undefined),
    )
  }
  return cache.get(id)
}

/** The audit log: every decision on a comment, who or which rule took it, and why. Append-only. */
export const logCollection = (options: SanitizedCommentModerationConfig): CollectionConfig => ({
  slug: pluginSlugs.log,
  access: {
    create: () => false,
    delete: () => false,
    read: ({ req: { user } }) => options.isModerator(user),
    update: () => false,
  },
  admin: {
    defaultColumns: ['summary', 'comment', 'fromStatus', 'toStatus', 'note', 'createdAt'],
    group: 'Community',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      // Derived on read: who did what, in words ("Mona Moderator marked as spam"), instead of `staff:<id>`.
      name: 'summary',
      type: 'text',
      admin: { readOnly: true },
      hooks: {
        afterRead: [
          async ({ req, siblingData }) =>
            describeLogEntry({
              action: String(siblingData.action ?? ''),
              actor: String(siblingData.actor ?? ''),
              staffName: await staffName(req, options.staffSlug, siblingData.staff),
            }),
        ],
      },
      label: 'What happened',
      virtual: true,
    },
    { name: 'comment', type: 'relationship', index: true, relationTo: options.commentsSlug },
    { name: 'action', type: 'text', index: true, required: true },
    {
      name: 'actor',
      type: 'text',
      admin: { description: '“rule” for the pipeline, “staff:<id>”, “reader:<id>”, “guest” or “system”.' },
      required: true,
    },
    { name: 'staff', type: 'relationship', relationTo: options.staffSlug },
    { name: 'fromStatus', type: 'text' },
    { name: 'toStatus', type: 'text' },
    {
      name: 'changes',
      type: 'json',
      admin: {
        description:
          'Each field the change touched, before and after; what the commenter wrote or is known by only as changed.',
      },
    },
    { name: 'reasons', type: 'json', admin: { description: 'Reason codes and the details they matched.' } },
    { name: 'note', type: 'textarea' },
  ],
  timestamps: true,
})
