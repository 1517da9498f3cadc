import type { PayloadRequest } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { findFirst } from '../../../src/utilities/findFirst.js'

type StaffDoc = { id: number | string; name?: string; roles?: string[] }

// The role check takes the account as a signed-in user would look.
const nameIfCounselor = (options: SanitizedAssessmentScoringConfig, user: StaffDoc | undefined) =>
  user && options.isCounselor({ ...user, collection: options.staffSlug } as never)
    ? (user.name ?? '')
    : undefined

/**
 * The names of those staff members among `ids` who are counselors, by id, in one query: only
 * counselors may be granted access.
 */
export const counselorNames = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  ids: readonly string[],
): Promise<Map<string, string>> => {
  const unique = [...new Set(ids)]
  const { docs } =
    unique.length === 0
      ? { docs: [] }
      : await req.payload.find({
          collection: options.staffSlug,
          depth: 0,
          limit: unique.length,
          overrideAccess: true,
          pagination: false,
          req,
          where: { id: { in: unique } },
        })
  const names = new Map<string, string>()
  for (const user of docs as unknown as StaffDoc[]) {
    const name = nameIfCounselor(options, user)
    if (name !== undefined) names.set(String(user.id), name)
  }
  return names
}

/** A staff member's name if they are a counselor, else undefined: only counselors may be granted access. */
export const counselorName = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  id: string,
) =>
  nameIfCounselor(
    options,
    await findFirst<StaffDoc>(req, { collection: options.staffSlug, where: { id: { equals: id } } }),
  )
