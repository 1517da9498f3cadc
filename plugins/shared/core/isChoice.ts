import type { QuestionType } from './questionTypes.js'

/** Whether a question of this type is answered by picking among its options (one, or several). */
export const isChoice = (
  type: null | string | undefined,
): type is Extract<QuestionType, 'multiple' | 'single'> => type === 'single' || type === 'multiple'
