import React from 'react'

import type { SiteQuestion } from './formTypes.js'

type Props = { answer: unknown; error?: string; number: number; question: SiteQuestion }

const choicesOf = (question: SiteQuestion): { label: string; value: string }[] => {
  if (question.type === 'boolean')
    return [
      { label: 'Yes', value: 'true' },
      { label: 'No', value: 'false' },
    ]
  if (question.options)
    return question.options.map((option) => ({ label: option.label, value: String(option.value) }))
  const { max = 5, maxLabel, min = 1, minLabel } = question.scale ?? {}
  return Array.from({ length: max - min + 1 }, (_, index) => {
    const value = min + index
    const end = value === min ? minLabel : value === max ? maxLabel : undefined
    return { label: end ? `${value} — ${end}` : String(value), value: String(value) }
  })
}

const isChosen = (answer: unknown, value: string) =>
  Array.isArray(answer)
    ? answer.map(String).includes(value)
    : answer !== undefined && String(answer) === value

/**
 * One question as a fieldset of native controls (radios, checkboxes or a text area), so the form works without
 * JavaScript; the legend is the prompt, the API's reason for refusing an answer sits under it.
 */
export const QuestionFieldset = ({ answer, error, number, question }: Props) => {
  const name = `q.${question.id}`
  const hint = question.helpText ? `${name}-help` : undefined
  const problem = error ? `${name}-error` : undefined
  const describedBy = [hint, problem].filter(Boolean).join(' ') || undefined
  return (
    <fieldset aria-describedby={describedBy} className="question" id={`question-${question.id}`}>
      <legend>
        <span className="question-number">{number}.</span> {question.prompt}
        {question.required ? null : <span className="question-optional"> (optional)</span>}
      </legend>
      {question.helpText ? (
        <p className="question-help" id={hint}>
          {question.helpText}
        </p>
      ) : null}
      {question.private ? <p className="question-help">Never shown to a partner.</p> : null}
      {problem ? (
        <p className="field-error" id={problem}>
          {error}
        </p>
      ) : null}
      {question.type === 'text' ? (
        <textarea
          aria-label={question.prompt}
          defaultValue={typeof answer === 'string' ? answer : ''}
          name={name}
          rows={4}
        />
      ) : (
        <div className={question.type === 'likert' ? 'choices choices-scale' : 'choices'}>
          {choicesOf(question).map((choice) => (
            <label key={choice.value}>
              <input
                defaultChecked={isChosen(answer, choice.value)}
                name={name}
                type={question.type === 'multiple' ? 'checkbox' : 'radio'}
                value={choice.value}
              />{' '}
              {choice.label}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  )
}
