import type { PayloadRequest } from 'payload'

import type { Caller, SanitizedAssessmentScoringConfig } from '../types.js'
import type { ResponseDoc } from '../core/ResponseDoc.js'

import { pluginSlugs } from '../defaults.js'
import { readAsKey } from '../hooks/logGrantedRead.js'
import { asCaller } from './asCaller.js'
import { firstDoc } from './firstDoc.js'
import { ownResponses } from './ownResponses.js'
import { ScoringRefusal } from '../ScoringRefusal.js'

/**
 * The response, if the caller is its respondent (their reader account, or the response token)
 * or, when `grantFor` names what they read, whoever the collection's access lets read it — a
 * counselor the respondent granted access, whose read the access log records. Everyone else gets
 * the same 404 as for a response that does not exist, so its existence is not revealed.
 */
export const requireResponse = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  caller: Caller,
  id: string,
  grantFor?: 'read-response' | 'read-result',
): Promise<ResponseDoc> => {
  const [response] = grantFor
    ? [
        await firstDoc<ResponseDoc>({
          ...asCaller(req),
          collection: pluginSlugs.responses,
          context: { [readAsKey]: grantFor },
          where: { id: { equals: id } },
        }),
      ]
    : await ownResponses(req, options, caller, [id])
  if (!response) throw new ScoringRefusal('responseNotFound')
  return response
}
