import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { ResponseDoc } from './loadResponse.js'

import { messages } from '../messages.js'
import { frozenKey } from './frozenKey.js'
import { refID } from './refID.js'
import { resultView } from './resultView.js'

/** A submitted response's result: scores, bands, interpretations and conversation prompts. */
export const resultOf = async (req: PayloadRequest, response: ResponseDoc) => {
  if (response.status !== 'submitted' || !response.scores)
    throw new APIError(messages.notSubmitted, 409, undefined, true)
  const frozen = await frozenKey(req, refID(response.key))
  if (!frozen) throw new APIError(messages.responseNotFound, 404, undefined, true)
  return {
    id: String(response.id),
    couple: response.couple ? refID(response.couple) : null,
    submittedAt: response.submittedAt ?? null,
    ...resultView(frozen, response.scores),
  }
}
