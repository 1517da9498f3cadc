import { describe, expect, it } from '@jest/globals'

import type { SiteQuestion } from '../../../src/site/assessments/formTypes.js'

import { answersFromForm } from '../../../src/site/assessments/answersFromForm.js'
import { apiProblem } from '../../../src/site/assessments/apiProblem.js'
import { formPages } from '../../../src/site/assessments/formPages.js'
import { problemParam } from '../../../src/site/assessments/problemParam.js'

const question = (id: string, type: string, extra: Partial<SiteQuestion> = {}): SiteQuestion => ({
  id,
  prompt: `Prompt ${id}`,
  required: true,
  type,
  ...extra,
})

const form = (entries: [string, string][]) => {
  const data = new FormData()
  for (const [name, value] of entries) data.append(name, value)
  return data
}

describe('answersFromForm: a posted page of questions as the API expects its answers', () => {
  it('types each answer by its question: scale numbers, booleans, option values, several choices, text', () => {
    const questions = [
      question('scale', 'likert', { scale: { max: 5, min: 1 } }),
      question('yes', 'boolean'),
      question('pick', 'single', {
        options: [
          { label: 'Two', value: 2 },
          { label: 'Tea', value: 'tea' },
        ],
      }),
      question('many', 'multiple', {
        options: [
          { label: 'A', value: 1 },
          { label: 'B', value: 'b' },
        ],
      }),
      question('note', 'text'),
    ]
    const posted = form([
      ['q.scale', '4'],
      ['q.yes', 'false'],
      ['q.pick', '2'],
      ['q.many', '1'],
      ['q.many', 'b'],
      ['q.note', 'We talk on walks.'],
    ])
    expect(answersFromForm(posted, questions)).toEqual({
      many: [1, 'b'],
      note: 'We talk on walks.',
      pick: 2,
      scale: 4,
      yes: false,
    })
  })

  it('sends a question shown but left empty as null (taking a saved answer back), and ignores fields of no question shown', () => {
    const questions = [
      question('scale', 'likert'),
      question('many', 'multiple', { options: [] }),
      question('note', 'text'),
    ]
    expect(
      answersFromForm(
        form([
          ['q.note', '  '],
          ['q.other', '3'],
        ]),
        questions,
      ),
    ).toEqual({
      many: null,
      note: null,
      scale: null,
    })
  })
})

describe('apiProblem: what a reader is told about a refused call', () => {
  it('names each field the API named, with its reason', () => {
    const body = {
      errors: [
        {
          data: { errors: [{ message: 'This question needs an answer.', path: 'answers.q1' }] },
          message: 'Some answers are not valid.',
        },
      ],
    }
    expect(apiProblem(body, new Response(null, { status: 400 }))).toEqual({
      fields: { 'answers.q1': 'This question needs an answer.' },
      message: 'Some answers are not valid.',
    })
  })

  it('turns a 429 into a wait time from Retry-After', () => {
    const problem = apiProblem(
      { errors: [{ message: 'Too many.' }] },
      new Response(null, { headers: { 'retry-after': '600' }, status: 429 }),
    )
    expect(problem.message).toBe('Too many attempts. Please wait 10 minutes and try again.')
    expect(problem.retryAfterSeconds).toBe(600)
  })
})

describe('formPages and problemParam', () => {
  it('pages 21 questions in fives, clamps a page out of range, and finds the page of a question', () => {
    const questions = Array.from({ length: 21 }, (_, index) => question(`q${index}`, 'likert'))
    const last = formPages(questions, 99)
    expect([last.page, last.pages, last.first, last.last, last.questions.length]).toEqual([5, 5, 21, 21, 1])
    expect(formPages(questions, Number.NaN).page).toBe(1)
    expect(last.pageOf(7)).toBe(2)
  })

  it('carries a problem through an address and reads a forged or broken one as none', () => {
    const problem = {
      fields: { counselor: 'No counselor with this id.' },
      message: 'No counselor with this id.',
    }
    expect(problemParam.read(problemParam.write(problem))).toEqual(problem)
    expect(problemParam.read('not-base64-json')).toBeUndefined()
    expect(problemParam.read(undefined)).toBeUndefined()
  })
})
