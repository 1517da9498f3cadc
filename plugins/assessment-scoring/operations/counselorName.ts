import type { PayloadRequest } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

/** A staff member's name if they are a counselor, else undefined: only counselors may be granted access. */
export const counselorName = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  id: string,
) => {
  const { docs } = await req.payload.find({
    collection: options.staffSlug,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    where: { id: { equals: id } },
  })
  const user = docs[0] as ({ name?: string; roles?: string[] } & { id: number | string }) | undefined
  // The role check takes the account as a signed-in user would look.
  return user && options.isCounselor({ ...user, collection: options.staffSlug } as never)
    ? (user.name ?? '')
    : undefined
}
