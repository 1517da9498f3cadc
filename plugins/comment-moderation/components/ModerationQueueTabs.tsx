import type { ServerComponentProps, Where } from 'payload'

type Props = { collectionConfig?: { slug: string } } & ServerComponentProps

/** The queues a moderator works through, each a saved filter of the comments list. */
const queues: { label: string; where?: Where }[] = [
  { label: 'Pending', where: { status: { equals: 'pending' } } },
  {
    label: 'Flagged',
    where: { and: [{ 'moderation.flagCount': { greater_than: 0 } }, { status: { not_equals: 'trash' } }] },
  },
  { label: 'Spam', where: { status: { equals: 'spam' } } },
  { label: 'All' },
]

/** `where` in the bracket notation the admin's list view reads from its URL. */
const toQuery = (value: unknown, prefix: string): string[] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, inner]) => toQuery(inner, `${prefix}[${key}]`))
    : [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`]

/**
 * Above the comments list: one link per queue with how many comments wait in
 * it. Select rows in a queue and use Edit to approve, reject or mark them as
 * spam together; each change is audited and recounts the article.
 */
export const ModerationQueueTabs = async ({ collectionConfig, payload, user }: Props) => {
  const slug = collectionConfig?.slug ?? 'comments'
  // Counted with the viewer's own access: the same comments the list below shows them.
  const counts = await Promise.all(
    queues.map(({ where }) =>
      where ? payload.count({ collection: slug as 'comments', overrideAccess: false, user, where }) : null,
    ),
  )
  return (
    <nav aria-label="Moderation queues" style={{ display: 'flex', gap: '1rem', marginBottom: '1rem' }}>
      {queues.map(({ label, where }, index) => (
        <a
          data-queue={label.toLowerCase()}
          href={`${payload.config.routes.admin}/collections/${slug}${where ? `?${toQuery(where, 'where').join('&')}` : ''}`}
          key={label}
        >
          {label}
          {counts[index] ? ` (${counts[index].totalDocs})` : ''}
        </a>
      ))}
    </nav>
  )
}
