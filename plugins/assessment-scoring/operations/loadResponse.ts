import type { PayloadRequest } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'
import type { StoredScores } from './storedScores.js'

import { pluginSlugs } from '../defaults.js'

type Ref = number | string | { id: number | string }

export type ResponseDoc = {
  answers?: null | Record<string, unknown>
  assessment?: null | Ref
  couple?: null | Ref
  createdAt: string
  id: number | string
  key: Ref
  respondent?: null | Ref
  scores?: null | StoredScores
  status: 'draft' | 'submitted'
  submittedAt?: null | string
  tokenHash?: null | string
  updatedAt: string
  version: number
}

/** A response read with its hidden token hash; undefined when there is none with that id. */
export const loadResponse = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  id: string,
) => {
  const { docs } = await req.payload.find({
    collection: pluginSlugs.responses,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    showHiddenFields: true,
    where: { id: { equals: id } },
  })
  return docs[0] as unknown as ResponseDoc | undefined
}
