import type { PayloadRequest } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { findFirst } from '../../../src/utilities/findFirst.js'

/** A staff member's name if they are a counselor, else undefined: only counselors may be granted access. */
export const counselorName = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  id: string,
) => {
  const user = await findFirst<{ name?: string; roles?: string[] } & { id: number | string }>(req, {
    collection: options.staffSlug,
    where: { id: { equals: id } },
  })
  // The role check takes the account as a signed-in user would look.
  return user && options.isCounselor({ ...user, collection: options.staffSlug } as never)
    ? (user.name ?? '')
    : undefined
}
