import type { CompiledQuestion } from './types.js'

/** Mirrors a value within its item's range, so agreeing with a negatively worded item scores low. */
export const reverseKey = (value: number, min: number, max: number): number => min + max - value

/**
 * The reverse-keyed numeric value of a scored item, or undefined when the answer is missing or is
 * not a legal value (scoring treats such an answer as missing rather than letting it skew the range).
 */
export const itemValue = (question: CompiledQuestion, answer: unknown): number | undefined => {
  if (answer === undefined || answer === null) return undefined
  let value: number
  switch (question.type) {
    case 'likert':
      if (
        typeof answer !== 'number' ||
        !Number.isInteger(answer) ||
        answer < question.min ||
        answer > question.max
      )
        return undefined
      value = answer
      break
    case 'boolean':
      if (typeof answer !== 'boolean') return undefined
      value = answer ? 1 : 0
      break
    case 'single':
      if (typeof answer !== 'number' || !question.optionIndex.has(answer)) return undefined
      value = answer
      break
    case 'multiple': {
      if (!Array.isArray(answer)) return undefined
      value = 0
      for (let i = 0; i < answer.length; i++) {
        const picked: unknown = answer[i]
        if (typeof picked !== 'number' || !question.optionIndex.has(picked)) return undefined
        for (let j = 0; j < i; j++) if (answer[j] === picked) return undefined
        value += picked
      }
      break
    }
    default:
      return undefined
  }
  return question.reverseKeyed ? reverseKey(value, question.min, question.max) : value
}
