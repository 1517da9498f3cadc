import type { PayloadRequest } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'

import { normalizeShareCode } from '../core/normalizeShareCode.js'
import { refID, type Ref } from '../core/refID.js'
import { pluginSlugs } from '../defaults.js'
import { ScoringRefusal } from '../ScoringRefusal.js'
import { asSystem } from './asSystem.js'
import { counselorName } from './counselorName.js'
import { firstDoc } from './firstDoc.js'

/** A live share code resolved: what a grant records, and the one thing a respondent is told (the name). */
export type ResolvedShareCode = { code: string; counselor: string; name: string }

/**
 * The live code `typed` names (not expired, not revoked, its counselor still a counselor), or the one
 * `shareCodeInvalid` refusal whatever the reason, so an answer never tells which codes exist or existed.
 */
export const requireShareCode = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  typed: string,
): Promise<ResolvedShareCode> => {
  const refuse = () => new ScoringRefusal('shareCodeInvalid', { field: 'code' })
  const code = normalizeShareCode(typed)
  if (!code) throw refuse()
  const found = await firstDoc<{ counselor?: null | Ref; id: number | string }>({
    // System rights: a respondent may not read counselors' codes; only the counselor's name leaves here.
    ...asSystem(req),
    collection: pluginSlugs.shareCodes,
    select: { counselor: true },
    where: {
      and: [
        { code: { equals: code } },
        { revoked: { not_equals: true } },
        { expiresAt: { greater_than: new Date().toISOString() } },
      ],
    },
  })
  if (!found?.counselor) throw refuse()
  const counselor = refID(found.counselor)
  const name = await counselorName(req, options, counselor)
  if (name === undefined) throw refuse()
  return { code: String(found.id), counselor, name }
}
