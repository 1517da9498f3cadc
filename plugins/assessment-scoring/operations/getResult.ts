import type { PayloadRequest } from 'payload'

import type { ResponseDoc } from '../core/ResponseDoc.js'

import { readFrozenKey } from './readFrozenKey.js'
import { refID } from '../core/refID.js'
import { resultView } from '../core/resultView.js'
import { ScoringRefusal } from '../ScoringRefusal.js'

/** A submitted response's result: scores, bands, interpretations and conversation prompts. */
export const getResult = async (req: PayloadRequest, response: ResponseDoc) => {
  if (response.status !== 'submitted' || !response.scores) throw new ScoringRefusal('notSubmitted')
  const frozen = await readFrozenKey(req, refID(response.key))
  if (!frozen) throw new ScoringRefusal('responseNotFound')
  return {
    id: String(response.id),
    couple: response.couple ? refID(response.couple) : null,
    submittedAt: response.submittedAt ?? null,
    ...resultView(frozen, response.scores),
  }
}
