import type { CollectionConfig, Config, Field } from 'payload'

import { flattenTopLevelFields, InvalidConfiguration } from 'payload'

import type { SanitizedCommentModerationConfig } from './types.js'

type Slugs = Pick<
  SanitizedCommentModerationConfig,
  'articlesSlug' | 'commentsSlug' | 'readersSlug' | 'staffSlug'
>

/** A field the plugin uses on a host collection: path, types, where a relation points, a select's values. */
type HostField = { path: string; relationTo?: keyof Slugs; types: Found['type'][]; values?: string[] }

/** A field as Payload finds it through unnamed rows, collapsibles and tabs. */
type Found = ReturnType<typeof flattenTopLevelFields<Field>>[number]

const relation = (path: string, relationTo: keyof Slugs): HostField => ({
  path,
  relationTo,
  types: ['relationship'],
})

/**
 * What the pipeline, its endpoints and its jobs write and read of the host's collections, beside the
 * fields it adds itself (`moderationFields`, `commentCount`): the host keeps these because they carry
 * its own admin, validation and access rules (who may change a comment's text, its place in a thread).
 */
const hostFields: Record<'articlesSlug' | 'commentsSlug', HostField[]> = {
  articlesSlug: [
    { path: 'slug', types: ['text'] },
    { path: 'title', types: ['text'] },
    { path: 'publishedAt', types: ['date'] },
    { path: 'comments', types: ['select'], values: ['open', 'closed'] },
    { path: 'closeCommentsAfterDays', types: ['number'] },
  ],
  commentsSlug: [
    relation('article', 'articlesSlug'),
    relation('parent', 'commentsSlug'),
    relation('thread', 'commentsSlug'),
    { path: 'depth', types: ['number'] },
    { path: 'body', types: ['textarea', 'text'] },
    relation('author.reader', 'readersSlug'),
    relation('author.staff', 'staffSlug'),
    { path: 'author.name', types: ['text'] },
    { path: 'author.email', types: ['email', 'text'] },
    { path: 'isStaffReply', types: ['checkbox'] },
    { path: 'deleted', types: ['checkbox'] },
    { path: 'notifyOnReply', types: ['checkbox'] },
    { path: 'editedAt', types: ['date'] },
  ],
}

const refuse = (problem: string) => new InvalidConfiguration(`commentModerationPlugin: ${problem}`)

/** The field at a dotted path, through named groups and unnamed rows, collapsibles and tabs. */
const fieldAt = (fields: Field[], path: string): Found | undefined => {
  const [name, ...rest] = path.split('.')
  const field = flattenTopLevelFields(fields).find(
    (candidate) => 'name' in candidate && candidate.name === name,
  )
  if (rest.length === 0) return field
  return field?.type === 'group' ? fieldAt(field.fields, rest.join('.')) : undefined
}

/**
 * Refuses, when the config is built, a host without what the plugin reads and writes of it: the
 * collections its slugs name, and on the comments and articles the fields in `hostFields` with their
 * types, a select's values and where a relation points. Without this the first comment would meet a database error, or a relation to nowhere.
 */
export const checkHost = (config: Config, options: Slugs): void => {
  const collections = new Map((config.collections ?? []).map((collection) => [collection.slug, collection]))
  for (const option of ['articlesSlug', 'commentsSlug', 'readersSlug', 'staffSlug'] as const)
    if (!collections.has(options[option]))
      throw refuse(`no collection "${options[option]}" (${option}) in the config.`)
  for (const [option, required] of Object.entries(hostFields) as [keyof typeof hostFields, HostField[]][]) {
    const collection = collections.get(options[option]) as CollectionConfig
    const at = `the collection "${collection.slug}" (${option})`
    for (const { path, relationTo, types, values = [] } of required) {
      const field = fieldAt(collection.fields, path)
      if (!field || !types.includes(field.type))
        throw refuse(`${at} needs a ${types.join(' or ')} field "${path}".`)
      if (relationTo && (field.type !== 'relationship' || field.relationTo !== options[relationTo]))
        throw refuse(`${at}: its field "${path}" must relate to "${options[relationTo]}" (${relationTo}).`)
      const offered =
        field.type === 'select' ? field.options.map((o) => (typeof o === 'string' ? o : o.value)) : []
      const missing = values.filter((value) => !offered.includes(value))
      if (missing.length > 0)
        throw refuse(
          `${at}: its select "${path}" needs the options ${missing.map((v) => `"${v}"`).join(' and ')}.`,
        )
    }
  }
  if (collections.get(options.commentsSlug)?.timestamps === false)
    throw refuse(
      `the collection "${options.commentsSlug}" (commentsSlug) needs timestamps: threads sort by createdAt.`,
    )
}
