import type { Answers } from '../core/index.js'
import type { FrozenKey } from '../core/FrozenKey.js'

import { validateAnswers } from '../core/index.js'
import { answerMessages } from '../messages.js'
import { ScoringRefusal } from '../ScoringRefusal.js'

/**
 * The answers normalized against the version they answer, or a 400 listing every problem:
 * one entry per question id and reason, at `answers.<questionId>`.
 */
export const checkAnswers = (
  frozen: FrozenKey,
  answers: Record<string, unknown>,
  submit: boolean,
): Answers => {
  const result = validateAnswers(frozen.compiled, answers, { submit })
  if (result.ok) return result.answers
  const errors = result.errors.map(({ questionId, reason }) => ({
    message: answerMessages[reason],
    path: `answers.${questionId}`,
    questionId,
    reason,
  }))
  throw new ScoringRefusal('answersInvalid', { errors })
}
