'use server'

import { redirect } from 'next/navigation.js'

import { siteApi } from '../siteApi.js'
import { apiProblem } from './apiProblem.js'
import { privateLinks } from './privateLinks.js'
import { problemParam } from './problemParam.js'

/**
 * "Start": opens a draft response (with a partner's invitation, on the couple's version) and sends the reader to
 * its first page of questions, at the private address that from now on is their only key to it.
 */
export const startResponse = async (form: FormData): Promise<void> => {
  const slug = String(form.get('slug') ?? '')
  const invitation = String(form.get('invitation') ?? '') || undefined
  const api = await siteApi()
  const { data, error, response } = await api.POST('/api/assessments/{slug}/responses', {
    body: { answers: {}, invitation, submit: false },
    params: { path: { slug } },
  })
  if (!data) {
    const back = new URLSearchParams({ problem: problemParam.write(apiProblem(error, response)) })
    if (invitation) back.set('invitation', invitation)
    redirect(`/assessments/${encodeURIComponent(slug)}?${back}`)
  }
  redirect(privateLinks.questions(data.id, data.token, 1))
}
