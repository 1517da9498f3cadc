import type { PayloadRequest } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'
import type { ResponseDoc } from '../core/ResponseDoc.js'

import { pluginSlugs } from '../defaults.js'
import { counselorName } from './counselorName.js'
import { type GrantDoc, grantView } from '../core/grantView.js'
import { firstDoc } from './firstDoc.js'
import { asCaller } from './asCaller.js'
import { asSystem } from './asSystem.js'
import { ScoringRefusal } from '../ScoringRefusal.js'

/**
 * The respondent lets a named counselor read their response and result, until revoked; `code` is the
 * share code it was made with, if any (`requireShareCode`), recorded on the grant. Granting the same
 * counselor again returns the grant they already have.
 */
export const grantCounselor = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  response: ResponseDoc,
  counselor: string,
  code?: string,
): Promise<{ created: boolean; grant: ReturnType<typeof grantView> }> => {
  const name = await counselorName(req, options, counselor)
  if (name === undefined) throw new ScoringRefusal('counselorNotFound', { field: 'counselor' })
  const existing = await firstDoc<GrantDoc>({
    ...asCaller(req),
    collection: pluginSlugs.grants,
    where: {
      and: [
        { response: { equals: response.id } },
        { counselor: { equals: counselor } },
        { revokedAt: { exists: false } },
      ],
    },
  })
  if (existing) return { created: false, grant: grantView(existing, name) }
  const grant = await req.payload.create({
    collection: pluginSlugs.grants,
    data: { code, counselor, response: String(response.id) },
    depth: 0,
    // System rights: grants are made only here, where the counselor was checked to be one.
    ...asSystem(req),
  })
  return { created: true, grant: grantView(grant as unknown as GrantDoc, name) }
}
