import type { AdminViewServerProps } from 'payload'

import { Gutter } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'

/**
 * Where a signed-in staff member lands when she opens a page her role does not allow
 * (`refuseCreateWithoutRight`): who she is signed in as, and what she may not do, rather than
 * Payload's "you must be logged in".
 */
export const NotAllowed = ({ initPageResult, searchParams }: AdminViewServerProps) => {
  const { req } = initPageResult
  const config = req.payload.config
  const adminRoute = config.routes.admin
  const user = req.user as (typeof req.user & { name?: string; roles?: string[] }) | null
  if (!user)
    return (
      <Gutter className="kindred-not-allowed">
        <h1>Not signed in</h1>
        <p>
          <a href={formatAdminURL({ adminRoute, path: config.admin.routes.login })}>Log in</a> to continue.
        </p>
      </Gutter>
    )
  const slug = typeof searchParams?.collection === 'string' ? searchParams.collection : undefined
  const collection = config.collections.find((entry) => entry.slug === slug)
  // A label given per language or as a function is not worth resolving here: the slug reads as well.
  const plural =
    typeof collection?.labels.plural === 'string' ? collection.labels.plural : slug?.replace(/-/g, ' ')
  const what = collection ? `create ${String(plural).toLowerCase()}` : 'open this page'
  const roles = user.roles?.length ? ` (${user.roles.join(', ')})` : ''
  return (
    <Gutter className="kindred-not-allowed">
      <h1>Not allowed</h1>
      <p data-testid="not-allowed">
        You are signed in as {user.name || user.email}
        {roles} and may not {what}.
      </p>
      <p>If you need to, ask an admin to change your role.</p>
      <p>
        <a href={formatAdminURL({ adminRoute, path: '' }) || '/'}>Back to the dashboard</a>
        {' · '}
        <a href={formatAdminURL({ adminRoute, path: config.admin.routes.logout })}>Sign in as someone else</a>
      </p>
    </Gutter>
  )
}
