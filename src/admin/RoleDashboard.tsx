import type { Payload, SanitizedPermissions, TypedUser, Where } from 'payload'

import { dashboardCounts } from './dashboardCounts.js'

type Props = { payload: Payload; permissions?: SanitizedPermissions; user?: null | TypedUser }

/**
 * Above the dashboard's collection groups: the numbers the signed-in role should act on. Counted
 * with the viewer's access (overrideAccess: false), so nobody learns a count through the dashboard
 * that the API would refuse them.
 */
export const RoleDashboard = async ({ payload, permissions, user }: Props) => {
  if (!user) return null
  const now = new Date()
  const admin = payload.config.routes.admin
  // A collection the role may not read is left off; one it reads in part is counted through its access Where.
  const readable = dashboardCounts.filter((entry) => permissions?.collections?.[entry.collection]?.read)
  const counted = await Promise.all(
    readable.map(async (entry) => {
      const where = entry.where(now)
      try {
        const { totalDocs } = await payload.count({
          collection: entry.collection,
          overrideAccess: false,
          user,
          where,
        })
        return { ...entry, href: `${admin}/collections/${entry.collection}?${listFilter(where)}`, totalDocs }
      } catch (error) {
        // A role that reads some documents but not the field a count filters on (a counselor, her own
        // comments, not their moderation record) is refused by Payload's query validation (a 400; the admin's bundle has its own copy of Payload's
        // classes, so `instanceof QueryError` cannot tell): leave it off.
        if ((error as { status?: number }).status === 400) return null
        throw error
      }
    }),
  )
  const cards = counted.filter((card) => card !== null)
  if (cards.length === 0) return null
  return (
    <section aria-labelledby="kindred-counts-heading" className="kindred-counts">
      <h2 id="kindred-counts-heading">Needs attention</h2>
      <ul>
        {cards.map((card) => (
          <li key={card.label}>
            <a data-count={card.label} href={card.href}>
              <span className="kindred-counts__number">{card.totalDocs}</span>
              <span className="kindred-counts__label">{card.label}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** The list view's filter builder reads `where[or][0][and][i][field][operator]`: one condition per field. */
const listFilter = (where: Where): string => {
  const conditions = (Array.isArray(where.and) ? where.and : [where]) as Record<
    string,
    Record<string, unknown>
  >[]
  const params = new URLSearchParams()
  conditions.forEach((condition, index) => {
    for (const [field, operators] of Object.entries(condition)) {
      for (const [operator, value] of Object.entries(operators)) {
        params.append(`where[or][0][and][${index}][${field}][${operator}]`, String(value))
      }
    }
  })
  return params.toString()
}
