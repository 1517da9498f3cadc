import type { PayloadRequest, Where } from 'payload'

import { hashKey } from '../core/index.js'
import { pluginSlugs } from '../defaults.js'
import { withSystemRights } from './withSystemRights.js'

/**
 * Email bans of an erased person: one that has ended is deleted (nothing needs
 * it any more); one still running keeps only the email's keyed hash, which is
 * what it matches on, so erasure is no way round a ban. It runs with system
 * rights: editors may erase but not manage bans (`canManageBans`), and erasure
 * owes the person every copy of their email; nothing about the bans is answered.
 */
export const eraseEmailBans = async (req: PayloadRequest, email: string) => {
  const mine: Where = {
    and: [
      { target: { equals: 'email' } },
      {
        or: [
          { email: { equals: email.toLowerCase() } },
          { emailHash: { equals: hashKey(req.payload.secret, `email:${email}`) } },
        ],
      },
    ],
  }
  const now = new Date().toISOString()
  const access = withSystemRights(req)
  await req.payload.delete({
    ...access,
    collection: pluginSlugs.bans,
    where: { and: [mine, { expiresAt: { less_than_equal: now } }] },
  })
  await req.payload.update({
    ...access,
    collection: pluginSlugs.bans,
    data: { email: null },
    where: { and: [mine, { email: { exists: true } }] },
  })
}
