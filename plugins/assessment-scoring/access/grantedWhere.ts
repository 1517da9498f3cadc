import type { PayloadRequest, Where } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { pluginSlugs } from '../defaults.js'
import { asCaller } from '../operations/asCaller.js'

/**
 * For a counselor, the responses whose respondent granted them access and has not revoked it, as
 * the grants collection's own access lists their live grants. False for anyone else.
 */
export const grantedWhere = async (
  options: SanitizedAssessmentScoringConfig,
  req: PayloadRequest,
): Promise<false | Where> => {
  const user = req.user
  if (!user || user.collection !== options.staffSlug || !options.isCounselor(user)) return false
  const { docs } = await req.payload.find({
    // In the counselor's own name: the grants collection's access says which grants are theirs and live.
    ...asCaller(req),
    collection: pluginSlugs.grants,
    depth: 0,
    disableErrors: true,
    pagination: false,
    select: { response: true },
    where: { and: [{ counselor: { equals: user.id } }, { revokedAt: { exists: false } }] },
  })
  const ids = docs.flatMap((grant) => {
    const response = (grant as { response?: null | number | string | { id: number | string } }).response
    if (response === null || response === undefined) return []
    return [typeof response === 'object' ? String(response.id) : String(response)]
  })
  return ids.length === 0 ? false : { id: { in: ids } }
}
