import type { ServerComponentProps, Where } from 'payload'

import { type QueueName, queueWhere } from '../operations/getQueue.js'
import { ModerationQueue } from './ModerationQueue.js'

type Props = {
  collectionConfig?: { slug: string }
  searchParams?: Record<string, unknown>
} & ServerComponentProps

/** The queues a moderator works through, each a saved filter of the comments list. */
const queues: { label: string; name?: QueueName; where?: Where }[] = [
  { label: 'Pending', name: 'pending', where: queueWhere.pending },
  { label: 'Flagged', name: 'flagged', where: queueWhere.flagged },
  { label: 'Spam', name: 'spam', where: queueWhere.spam },
  { label: 'All' },
]

/** `where` in the bracket notation the admin's list view reads from its URL. */
const toQuery = (value: unknown, prefix: string): string[] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, inner]) => toQuery(inner, `${prefix}[${key}]`))
    : [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`]

/** The queue the URL's filter is, if it is exactly one of them; no filter at all is "All". */
const activeQueue = (searchParams: Record<string, unknown> = {}) => {
  const current = Object.entries(searchParams)
    .flatMap(([key, value]) => toQuery(value, key))
    .filter((part) => part.startsWith('where'))
  return queues.find(({ where }) => {
    const wanted = where ? toQuery(where, 'where') : []
    return wanted.length === current.length && wanted.every((part) => current.includes(part))
  })
}

/**
 * Above the comments list: one tab per queue with how many comments wait in it (the current one
 * marked), and for a queue the keyboard view that decides comments one by one. The table below
 * still takes bulk edits.
 */
export const ModerationQueueTabs = async ({ collectionConfig, payload, searchParams, user }: Props) => {
  const slug = collectionConfig?.slug ?? 'comments'
  // Counted with the viewer's own access: the same comments the list below shows them.
  const counts = await Promise.all(
    queues.map(({ where }) =>
      where ? payload.count({ collection: slug as 'comments', overrideAccess: false, user, where }) : null,
    ),
  ).catch((error: unknown) => {
    // Staff who read only their own replies here (a counselor) may not filter on moderation records:
    // the queues are the moderators', so they get the plain list. (Payload's refusal is a 400; the admin's
    // bundle has its own copy of its classes, so `instanceof QueryError` cannot tell.)
    if ((error as { status?: number }).status === 400) return null
    throw error
  })
  if (!counts) return null
  const active = activeQueue(searchParams)
  return (
    <>
      <nav
        aria-label="Moderation queues"
        className="moderation-queue-tabs"
        style={{ display: 'flex', gap: '1rem', marginBottom: '1rem' }}
      >
        {queues.map(({ label, where }, index) => (
          <a
            aria-current={active?.label === label ? 'page' : undefined}
            data-queue={label.toLowerCase()}
            href={`${payload.config.routes.admin}/collections/${slug}${where ? `?${toQuery(where, 'where').join('&')}` : ''}`}
            key={label}
            style={
              active?.label === label
                ? { borderBottom: '3px solid currentColor', fontWeight: 700, paddingBottom: '0.25rem' }
                : { paddingBottom: '0.25rem' }
            }
          >
            {label}
            {counts[index] ? ` (${counts[index].totalDocs})` : ''}
          </a>
        ))}
      </nav>
      {active?.name ? (
        <ModerationQueue
          adminRoute={payload.config.routes.admin}
          apiRoute={payload.config.routes.api}
          key={active.name}
          queue={active.name}
        />
      ) : null}
    </>
  )
}
