import { refID } from './refID.js'

export type GrantDoc = {
  counselor: number | string | { id: number | string }
  createdAt: string
  id: number | string
  revokedAt?: null | string
}

/** A grant as the respondent sees it. */
export const grantView = (grant: GrantDoc, name: string) => ({
  counselor: { id: refID(grant.counselor), name },
  createdAt: grant.createdAt,
  id: String(grant.id),
  revokedAt: grant.revokedAt ?? null,
})
