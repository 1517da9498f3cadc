import type { PayloadRequest } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'
import type { ResponseDoc } from '../core/ResponseDoc.js'

import { pluginSlugs } from '../defaults.js'
import { asCaller } from './asCaller.js'
import { asSystem } from './asSystem.js'
import { counselorNames } from './counselorName.js'
import { type GrantDoc, grantView } from '../core/grantView.js'
import { refID } from '../core/refID.js'

/** The respondent's grants, each with every read the counselor made through it. */
export const listGrants = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  response: ResponseDoc,
) => {
  const { docs } = await req.payload.find({
    ...asCaller(req),
    collection: pluginSlugs.grants,
    depth: 0,
    pagination: false,
    sort: 'createdAt',
    where: { response: { equals: response.id } },
  })
  // System rights: the access log is for admins; a respondent sees the reads of their own response.
  const { docs: reads } = await req.payload.find({
    ...asSystem(req),
    collection: pluginSlugs.accessLog,
    depth: 0,
    pagination: false,
    sort: 'createdAt',
    where: { response: { equals: String(response.id) } },
  })
  const grants = docs as unknown as GrantDoc[]
  const names = await counselorNames(
    req,
    options,
    grants.map((grant) => refID(grant.counselor)),
  )
  return {
    docs: grants.map((grant) => ({
      ...grantView(grant, names.get(refID(grant.counselor)) ?? ''),
      reads: (reads as unknown as { action: string; createdAt: string; grant: string }[])
        .filter((read) => read.grant === String(grant.id))
        .map((read) => ({ action: read.action, at: read.createdAt })),
    })),
  }
}
