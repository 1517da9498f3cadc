'use server'

import { notFound, redirect } from 'next/navigation.js'

import { siteApi } from '../siteApi.js'
import { answersFromForm } from './answersFromForm.js'
import { apiProblem } from './apiProblem.js'
import { formPages } from './formPages.js'
import { privateLinks } from './privateLinks.js'
import { problemParam } from './problemParam.js'
import { tokenHeaders } from './tokenHeaders.js'

type Intent = 'back' | 'later' | 'next' | 'submit'

/**
 * Saves one page of answers into the draft (and on the last page submits it), then moves to the page the reader
 * asked for. A refusal sends them back to the page of the first question the API named, its reason beside it.
 */
export const saveAnswers = async (form: FormData): Promise<void> => {
  const id = String(form.get('response') ?? '')
  const token = String(form.get('token') ?? '')
  const page = Number(form.get('page'))
  const intent = String(form.get('intent')) as Intent
  const api = await siteApi()
  const headers = tokenHeaders(token)
  const current = await api.GET('/api/responses/{id}', { headers, params: { path: { id } } })
  if (!current.data) notFound()
  if (!current.data.form) redirect(privateLinks.result(id, token))
  const questions = current.data.form.questions
  const shown = formPages(questions, page)
  const { data, error, response } = await api.PATCH('/api/responses/{id}', {
    body: { answers: answersFromForm(form, shown.questions), submit: intent === 'submit' },
    headers,
    params: { path: { id } },
  })
  if (!data) {
    const problem = apiProblem(error, response)
    const named = questions.findIndex((question) => `answers.${question.id}` in problem.fields)
    const target = named >= 0 ? shown.pageOf(named) : shown.page
    redirect(`${privateLinks.questions(id, token, target)}&problem=${problemParam.write(problem)}`)
  }
  if (data.status === 'submitted') redirect(privateLinks.result(id, token))
  const next = { back: shown.page - 1, later: shown.page, next: shown.page + 1, submit: shown.page }[intent]
  redirect(`${privateLinks.questions(id, token, next)}${intent === 'later' ? '&saved=1' : ''}`)
}
