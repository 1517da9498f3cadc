import type { PayloadRequest } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'
import type { ResponseDoc } from '../core/ResponseDoc.js'

import { pluginSlugs } from '../defaults.js'
import { counselorName } from './counselorName.js'
import { type GrantDoc, grantView } from '../core/grantView.js'
import { refID } from '../core/refID.js'
import { firstDoc } from './firstDoc.js'
import { asCaller } from './asCaller.js'
import { ScoringRefusal } from '../ScoringRefusal.js'

/** The respondent takes a grant back; the counselor's next read is a 404. */
export const revokeGrant = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  response: ResponseDoc,
  grantID: string,
) => {
  const grant = await firstDoc<GrantDoc>({
    ...asCaller(req),
    collection: pluginSlugs.grants,
    where: { and: [{ id: { equals: grantID } }, { response: { equals: response.id } }] },
  })
  if (!grant) throw new ScoringRefusal('grantNotFound')
  const revoked = grant.revokedAt
    ? grant
    : ((await req.payload.update({
        collection: pluginSlugs.grants,
        data: { revokedAt: new Date().toISOString() },
        depth: 0,
        id: grant.id,
        ...asCaller(req),
      })) as unknown as GrantDoc)
  return grantView(revoked, (await counselorName(req, options, refID(grant.counselor))) ?? '')
}
