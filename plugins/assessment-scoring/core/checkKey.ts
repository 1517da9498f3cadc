import type { BandAudit } from './types.js'
import type { AssessmentData, QuestionDoc, StoredKey } from './buildKey.js'

import { auditBands } from './auditBands.js'
import { validateKey } from './validateKey.js'

/** A refusal on one field: `path` places it in the form, `label` names it for people (toasts, API clients). */
export type FieldProblem = { label: string; message: string; path: string }

const number = (value: number) => String(Math.round(value * 100) / 100)

const describeCoverage = (audit: BandAudit): string[] => {
  const { coverage, range } = audit
  const within = `(possible scores ${number(range.min)}–${number(range.max)})`
  return [
    ...coverage.gaps.map((gap) =>
      gap.min === gap.max
        ? `A score of ${number(gap.min)} falls in no band ${within}.`
        : `Scores from ${number(gap.min)} to ${number(gap.max)} fall in no band ${within}.`,
    ),
    ...coverage.overlaps.map(
      (overlap) =>
        `Bands “${overlap.labels[0]}” and “${overlap.labels[1]}” overlap from ${number(overlap.min)} to ${number(overlap.max)}.`,
    ),
    ...coverage.invalid.map((label) => `Band “${label}” needs a min no greater than its max.`),
  ]
}

const fieldLabels: Record<string, string> = { bands: 'Bands', key: 'Key', method: 'Method' }

/**
 * The field a path points to as the counselor knows it: `dimensions.1.bands` is “Everyday talk → Bands”
 * (the dimension's label, else its key, else its position), the way Payload's toast joins a field path.
 */
const labelOf = (assessment: AssessmentData, path: string): string => {
  const [head, index, field] = path.split('.')
  if (head === 'questions') return 'Questions'
  if (head === 'overall') return `Overall → ${fieldLabels[index] ?? index}`
  if (index === undefined) return 'Dimensions'
  const dimension = assessment.dimensions?.[Number(index)]
  const name = dimension?.label?.trim() || dimension?.key?.trim() || `Dimension ${Number(index) + 1}`
  return `${name} → ${fieldLabels[field] ?? field}`
}

/** Several messages on one field become one, since the admin shows one message per field. */
const merge = (assessment: AssessmentData, problems: Omit<FieldProblem, 'label'>[]): FieldProblem[] => {
  const byPath = new Map<string, string[]>()
  for (const { message, path } of problems) byPath.set(path, [...(byPath.get(path) ?? []), message])
  return [...byPath].map(([path, list]) => ({
    label: labelOf(assessment, path),
    message: list.join(' '),
    path,
  }))
}

/**
 * Why an assessment cannot be published, as labelled field errors the admin shows beside the fields:
 * unknown dimensions and non-numeric options on `questions` (naming the question), bad bands,
 * gaps and overlaps on the dimension's `bands`. Empty when the key scores cleanly.
 */
export const checkKey = (
  assessment: AssessmentData,
  key: StoredKey,
  questions: readonly QuestionDoc[],
  missingQuestions: number,
): FieldProblem[] => {
  const problems: Omit<FieldProblem, 'label'>[] = []
  if (missingQuestions > 0)
    problems.push({ message: `${missingQuestions} of the questions no longer exist.`, path: 'questions' })
  if (key.questions.length === 0)
    problems.push({ message: 'An assessment needs at least one question.', path: 'questions' })
  const prompts = new Map(questions.map((question) => [String(question.id), question.prompt ?? '']))
  const dimensionIndex = (dimensionKey: string) =>
    (assessment.dimensions ?? []).findIndex((dimension) => dimension.key === dimensionKey)

  const dimensionNames =
    (assessment.dimensions ?? [])
      .filter((dimension) => dimension.key)
      .map((dimension) => `${dimension.label || dimension.key} (${dimension.key})`)
      .join(', ') || 'the dimensions this assessment has yet to define'
  for (const problem of validateKey(key)) {
    if (prompts.has(problem.path)) {
      const choices = problem.reason.startsWith('unknown dimension')
        ? `; choose one of ${dimensionNames}`
        : ''
      problems.push({
        message: `“${prompts.get(problem.path)}”: ${problem.reason}${choices}.`,
        path: 'questions',
      })
    } else if (problem.path === 'overall') {
      const path = problem.reason.includes('band') ? 'overall.bands' : 'overall.method'
      problems.push({ message: `${problem.reason}.`, path })
    } else {
      const index = dimensionIndex(problem.path)
      const field = problem.reason.includes('band') ? 'bands' : 'key'
      problems.push({
        message: `${problem.reason}.`,
        path: index === -1 ? 'dimensions' : `dimensions.${index}.${field}`,
      })
    }
  }
  // Coverage needs a key that compiles; its own problems come first.
  if (problems.length === 0) {
    for (const audit of auditBands(key)) {
      if (audit.coverage.ok) continue
      const path =
        audit.dimension === null ? 'overall.bands' : `dimensions.${dimensionIndex(audit.dimension)}.bands`
      for (const message of describeCoverage(audit)) problems.push({ message, path })
    }
  }
  return merge(assessment, problems)
}
