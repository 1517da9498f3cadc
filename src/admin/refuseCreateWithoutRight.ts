import type { SanitizedConfig } from 'payload'

import { headers } from 'next/headers.js'
import { redirect } from 'next/navigation.js'
import { getPayload } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { refusedCreate } from './refusedCreate.js'

/**
 * Sends a signed-in staff member who opens a Create New page she has no right to to the
 * "not allowed" page (`NotAllowed`), which says who she is signed in as, instead of Payload's
 * "you must be logged in". Anyone not signed in goes on to Payload, which asks them to log in.
 */
export const refuseCreateWithoutRight = async (
  config: Promise<SanitizedConfig>,
  segments: readonly string[] | undefined,
): Promise<void> => {
  if (segments?.[2] !== 'create') return
  const payload = await getPayload({ config })
  const { permissions, user } = await payload.auth({ headers: await headers() })
  if (!user || !permissions.canAccessAdmin) return
  const collection = refusedCreate(segments, permissions)
  if (!collection) return
  const adminRoute = payload.config.routes.admin
  redirect(formatAdminURL({ adminRoute, path: `/not-allowed?collection=${encodeURIComponent(collection)}` }))
}
