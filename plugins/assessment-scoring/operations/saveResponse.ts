import type { PayloadRequest } from 'payload'

import type { Caller, SanitizedAssessmentScoringConfig } from '../types.js'
import type { ResponseDoc } from '../core/ResponseDoc.js'

import { scoreResponse } from '../core/index.js'
import { pluginSlugs } from '../defaults.js'
import { refID } from '../core/refID.js'
import { checkAnswers } from './checkAnswers.js'
import { readFrozenKey } from './readFrozenKey.js'
import { noteSubmission } from './noteSubmission.js'
import { resultView } from '../core/resultView.js'
import { storedScores } from '../core/storedScores.js'
import { asSystem } from './asSystem.js'
import { ScoringRefusal } from '../ScoringRefusal.js'

/**
 * The respondent saves more answers to their draft (null takes an answer back) and may submit
 * it. Answers are checked against the version the draft was started on, never a newer one. A
 * submitted response is final: its result must not move under the respondent.
 */
export const saveResponse = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  caller: Caller,
  response: ResponseDoc,
  input: { answers?: Record<string, unknown>; submit: boolean },
) => {
  if (response.status === 'submitted') throw new ScoringRefusal('alreadySubmitted')
  const frozen = await readFrozenKey(req, refID(response.key))
  if (!frozen) throw new ScoringRefusal('responseNotFound')
  const answers = checkAnswers(frozen, { ...response.answers, ...input.answers }, input.submit)
  const scores = input.submit ? storedScores(frozen.key, scoreResponse(frozen.compiled, answers)) : null
  const status = input.submit ? 'submitted' : 'draft'
  const submittedAt = input.submit ? new Date().toISOString() : undefined
  const { docs } = await req.payload.update({
    collection: pluginSlugs.responses,
    data: {
      answers,
      scores,
      status,
      ...(submittedAt ? { submittedAt } : {}),
    } as never,
    depth: 0,
    // System rights: answers and scores are written only here, checked and scored against the
    // frozen version, so no API lets anyone (the respondent included) write them as they like.
    ...asSystem(req),
    select: { status: true },
    // A draft only: a submission that landed in between is not overwritten.
    where: { and: [{ id: { equals: response.id } }, { status: { equals: 'draft' } }] },
  })
  if (docs.length !== 1) throw new ScoringRefusal('alreadySubmitted')
  if (submittedAt) await noteSubmission(req, options, frozen.id, submittedAt, caller.client)
  return { id: String(response.id), status, ...(scores ? { result: resultView(frozen, scores) } : {}) }
}
