import type { SiteQuestion } from './formTypes.js'

/**
 * The answers a page of the form posted, typed as the API expects them (numbers for scales and numeric options,
 * booleans, arrays for several choices). A question shown on the page but left empty is sent as null, which the
 * API reads as "take that answer back"; the API, not the site, judges whether an answer is valid.
 */
export const answersFromForm = (form: FormData, questions: SiteQuestion[]): Record<string, unknown> => {
  const answers: Record<string, unknown> = {}
  for (const question of questions) {
    const raw = form.getAll(`q.${question.id}`).map(String)
    if (question.type === 'multiple') {
      answers[question.id] = raw.length ? raw.map((value) => optionValue(question, value)) : null
      continue
    }
    const value = raw[0]
    if (value === undefined || value.trim() === '') answers[question.id] = null
    else if (question.type === 'text') answers[question.id] = value
    else if (question.type === 'boolean') answers[question.id] = value === 'true'
    else if (question.type === 'likert') answers[question.id] = Number(value)
    else answers[question.id] = optionValue(question, value)
  }
  return answers
}

const optionValue = (question: SiteQuestion, value: string) =>
  question.options?.find((option) => String(option.value) === value)?.value ?? value
