import type { FieldHook, TextField } from 'payload'

import { slugify } from '../utilities/slugify.js'
import { withSystemRights } from '../utilities/withSystemRights.js'

type Options = {
  /** The field the slug is derived from when none is given. */
  from: string
}

/**
 * Derives the slug from `from` when it is empty and keeps a derived slug unique
 * by counting up (`my-title-2`). A slug typed by hand is only normalised: if it
 * is taken, the unique index answers 400 naming the field rather than silently
 * publishing under another URL.
 */
const deriveSlug =
  ({ from }: Options): FieldHook =>
  async ({ collection, data, originalDoc, req, value }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = data?.[from] ?? originalDoc?.[from]
    if (typeof source !== 'string' || !collection) return value
    const base = slugify(source)
    if (!base) return value
    const ownID = originalDoc?.id
    for (let n = 1; ; n += 1) {
      const candidate = n === 1 ? base : `${base}-${n}`
      // System rights: a slug must be unique among drafts and documents the writer may not read too.
      const { totalDocs } = await req.payload.count({
        ...withSystemRights(req),
        collection: collection.slug,
        where: {
          and: [{ slug: { equals: candidate } }, ...(ownID ? [{ id: { not_equals: ownID } }] : [])],
        },
      })
      if (totalDocs === 0) return candidate
    }
  }

export const slugField = (options: Options): TextField => ({
  name: 'slug',
  type: 'text',
  admin: {
    description: `Part of the URL. Left empty, it is made from the ${options.from}.`,
    position: 'sidebar',
  },
  hooks: { beforeValidate: [deriveSlug(options)] },
  index: true,
  unique: true,
  validate: (value: null | string | undefined) =>
    !value || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) || 'Use lower-case letters, digits and dashes only.',
})
