import type { PayloadRequest } from 'payload'

import type { Caller, SanitizedAssessmentScoringConfig } from '../types.js'
import type { ResponseDoc } from '../core/ResponseDoc.js'

import { isRespondent } from '../access/isRespondent.js'
import { respondentWhere } from '../access/respondentWhere.js'
import { pluginSlugs } from '../defaults.js'
import { asCaller } from './asCaller.js'
import { anyOfIDs } from '@kindred/plugin-shared'

/**
 * Those of the responses `ids` the caller answered (by account or token), read in their own name
 * and narrowed to the respondent's part of the collection's access, so a counselor's grant, which
 * lets them read, never lets them act as the respondent.
 */
export const ownResponses = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  caller: Caller,
  ids: readonly string[],
): Promise<ResponseDoc[]> => {
  if (!respondentWhere(options, caller) || ids.length === 0) return []
  const { docs } = await req.payload.find({
    ...asCaller(req),
    collection: pluginSlugs.responses,
    depth: 0,
    disableErrors: true,
    pagination: false,
    // With the token hash, which `isRespondent` compares.
    showHiddenFields: true,
    where: anyOfIDs(ids),
  })
  return (docs as unknown as ResponseDoc[]).filter((response) => isRespondent(options, caller, response))
}
