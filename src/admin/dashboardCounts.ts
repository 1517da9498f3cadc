import type { CollectionSlug, Where } from 'payload'

/** One number on the dashboard: what it counts, in which collection, and where its link leads. */
export type DashboardCount = {
  collection: CollectionSlug
  label: string
  where: (now: Date) => Where
}

/** Written as a function so TypeScript checks each condition as a `Where` of its own. */
const all = (...conditions: Where[]): Where => ({ and: conditions })

const weekAgo = (now: Date) => new Date(now.getTime() - 7 * 24 * 60 * 60 * 1000).toISOString()

/**
 * The counts that call for someone's attention. Each is counted with the viewer's own access, so a
 * role sees only the numbers it may act on: a count it may not read is left off, not shown as 0.
 */
export const dashboardCounts: DashboardCount[] = [
  {
    collection: 'comments',
    label: 'Comments waiting for review',
    where: () => ({ status: { equals: 'pending' } }),
  },
  {
    collection: 'comments',
    label: 'Flagged comments',
    where: () => all({ 'moderation.flagCount': { greater_than: 0 } }, { status: { equals: 'approved' } }),
  },
  { collection: 'articles', label: 'Draft articles', where: () => ({ _status: { equals: 'draft' } }) },
  {
    collection: 'articles',
    label: 'Scheduled articles',
    where: (now) =>
      all({ _status: { equals: 'published' } }, { publishedAt: { greater_than: now.toISOString() } }),
  },
  {
    collection: 'responses',
    label: 'Responses this week',
    where: (now) => ({ submittedAt: { greater_than_equal: weekAgo(now) } }),
  },
]
