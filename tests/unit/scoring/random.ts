import type {
  Answers,
  AnswerValue,
  Dimension,
  NumericMethod,
  Question,
  ScoringKey,
} from '../../../plugins/assessment-scoring/core/index.js'

export type Random = () => number

/** mulberry32: a tiny seeded PRNG, so a failing property run can be replayed from its seed. */
export const mulberry32 = (seed: number): Random => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const integer = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1))

export const pick = <T>(random: Random, values: readonly T[]): T =>
  values[Math.floor(random() * values.length)]

const distinctIntegers = (random: Random, count: number, min: number, max: number): number[] => {
  const values = new Set<number>()
  while (values.size < count) values.add(integer(random, min, max))
  return [...values]
}

const randomQuestion = (random: Random, id: string, dimension: string): Question => {
  const weight = pick(random, [0.5, 1, 1, 2, 3])
  const reverseKeyed = random() < 0.4
  const base = { id, dimension, weight, reverseKeyed, required: random() < 0.5 }
  switch (pick(random, ['likert', 'likert', 'single', 'multiple', 'boolean'] as const)) {
    case 'likert': {
      const min = integer(random, -2, 1)
      return { ...base, type: 'likert', scale: { min, max: min + integer(random, 1, 6) } }
    }
    case 'single':
      return {
        ...base,
        type: 'single',
        options: distinctIntegers(random, integer(random, 2, 5), -3, 5).map((value) => ({
          label: `v${value}`,
          value,
        })),
      }
    case 'multiple': {
      const values = distinctIntegers(random, integer(random, 2, 4), -2, 4)
      if (!values.some((value) => value !== 0)) values.push(1)
      return { ...base, type: 'multiple', options: values.map((value) => ({ label: `v${value}`, value })) }
    }
    case 'boolean':
      return { ...base, type: 'boolean' }
  }
}

/** A random valid key of 1–4 numeric dimensions with mixed item types, weights and reverse keying. */
export const randomKey = (random: Random): ScoringKey => {
  const dimensions: Dimension[] = []
  const questions: Question[] = []
  const count = integer(random, 1, 4)
  for (let d = 0; d < count; d++) {
    const key = `d${d}`
    dimensions.push({
      key,
      label: `Dimension ${d}`,
      method: pick(random, ['sum', 'mean', 'percent'] as const),
      minAnsweredFraction: pick(random, [0, 0.5, 0.75, 1]),
      missing: pick(random, ['prorate', 'withhold'] as const),
    })
    const items = integer(random, 1, 8)
    for (let i = 0; i < items; i++) questions.push(randomQuestion(random, `${key}q${i}`, key))
  }
  // Shuffled so a dimension's items are not contiguous in the key.
  for (let i = questions.length - 1; i > 0; i--) {
    const j = integer(random, 0, i)
    ;[questions[i], questions[j]] = [questions[j], questions[i]]
  }
  const method: NumericMethod = pick(random, ['sum', 'mean', 'percent'] as const)
  return { questions, dimensions, overall: { method } }
}

export const randomAnswer = (random: Random, question: Question): AnswerValue => {
  switch (question.type) {
    case 'likert':
      return integer(random, question.scale?.min ?? 1, question.scale?.max ?? 5)
    case 'single':
      return pick(random, question.options ?? []).value
    case 'multiple':
      return (question.options ?? []).filter(() => random() < 0.5).map((option) => option.value)
    case 'boolean':
      return random() < 0.5
    case 'text':
      return 'free text'
  }
}

/** Answers each question with probability `answerRate`. */
export const randomAnswers = (random: Random, key: ScoringKey, answerRate = 0.85): Answers => {
  const answers: Record<string, AnswerValue> = {}
  for (const question of key.questions)
    if (random() < answerRate) answers[question.id] = randomAnswer(random, question)
  return answers
}

export const reverseEveryItem = (key: ScoringKey): ScoringKey => ({
  ...key,
  questions: key.questions.map((question) => ({ ...question, reverseKeyed: question.reverseKeyed !== true })),
})
