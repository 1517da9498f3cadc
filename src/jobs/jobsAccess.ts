import type { JobsConfig } from 'payload'

import { userHasRole } from '../access/userHasRole.js'
import { hasCronSecret } from './hasCronSecret.js'

/**
 * Who may drive the job queue through the API (Payload's default is anyone signed in,
 * readers included). Our own code queues jobs through the Local API, which skips these.
 */
export const jobsAccess: NonNullable<JobsConfig['access']> = {
  cancel: ({ req }) => userHasRole(req.user, []),
  queue: ({ req }) => userHasRole(req.user, []),
  run: ({ req }) => userHasRole(req.user, []) || hasCronSecret(req),
}
