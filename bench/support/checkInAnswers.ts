import { fetchJSON } from './fetchJSON.js'

/**
 * A full set of answers to the published assessment `slug` of the server at `base`, read from its form: every
 * agreement item answered (1–5 in turn), every yes/no item "no".
 */
export const checkInAnswers = async (base: string, slug: string): Promise<Record<string, unknown>> => {
  const form = await fetchJSON(`${base}/api/assessments/${slug}/form`)
  const answers: Record<string, unknown> = {}
  for (const [index, question] of (form.questions as { id: string; type: string }[]).entries()) {
    if (question.type === 'likert') answers[question.id] = (index % 5) + 1
    if (question.type === 'boolean') answers[question.id] = false
  }
  return answers
}
