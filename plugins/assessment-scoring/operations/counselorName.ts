import type { PayloadRequest } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { firstDoc } from './firstDoc.js'
import { asSystem } from './asSystem.js'

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
      : // System rights: a respondent names a counselor without being allowed to read staff accounts.
        await req.payload.find({
          ...asSystem(req),
          collection: options.staffSlug,
          depth: 0,
          limit: unique.length,
          pagination: false,
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
    await firstDoc<StaffDoc>({
      // System rights: as above: only a counselor's name is returned.
      ...asSystem(req),
      collection: options.staffSlug,
      where: { id: { equals: id } },
    }),
  )
