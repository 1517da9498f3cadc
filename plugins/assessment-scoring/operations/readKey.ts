import type { PayloadRequest } from 'payload'

import type { SanitizedAssessmentScoringConfig } from '../types.js'
import type { AssessmentData, QuestionDoc, RespondentForm, StoredKey } from '../core/buildKey.js'

import { asSystem } from './asSystem.js'
import { buildKey } from '../core/buildKey.js'
import { refID } from '../core/refID.js'

export type LoadedKey = {
  form: RespondentForm
  key: StoredKey
  missingQuestions: number
  questions: QuestionDoc[]
}

/**
 * The key and form of an assessment's data as it stands, its questions read from the bank in the
 * assessment's order. Questions that no longer exist are counted so publishing can refuse them.
 */
export const readKey = async (
  req: PayloadRequest,
  options: SanitizedAssessmentScoringConfig,
  assessment: AssessmentData,
): Promise<LoadedKey> => {
  const ids = (assessment.questions ?? []).map(refID)
  const { docs } =
    ids.length === 0
      ? { docs: [] }
      : // System rights: the key is built whoever publishes (a counselor, a seed, a script without a user).
        await req.payload.find({
          ...asSystem(req),
          collection: options.questionsSlug,
          depth: 0,
          limit: ids.length,
          pagination: false,
          where: { id: { in: ids } },
        })
  const byID = new Map((docs as unknown as QuestionDoc[]).map((doc) => [String(doc.id), doc]))
  const questions = ids.flatMap((id) => {
    const doc = byID.get(id)
    return doc ? [doc] : []
  })
  return { ...buildKey(assessment, questions), missingQuestions: ids.length - questions.length, questions }
}
