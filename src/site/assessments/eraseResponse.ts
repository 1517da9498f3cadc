'use server'

import { redirect } from 'next/navigation.js'

import { siteApi } from '../siteApi.js'
import { apiProblem } from './apiProblem.js'
import { privateLinks } from './privateLinks.js'
import { problemParam } from './problemParam.js'
import { tokenHeaders } from './tokenHeaders.js'

/** The respondent, having confirmed, erases their response for good; its private link stops working. */
export const eraseResponse = async (form: FormData): Promise<void> => {
  const id = String(form.get('response') ?? '')
  const token = String(form.get('token') ?? '')
  const api = await siteApi()
  const { data, error, response } = await api.DELETE('/api/responses/{id}', {
    headers: tokenHeaders(token),
    params: { path: { id } },
  })
  if (!data)
    redirect(`${privateLinks.erase(id, token)}&problem=${problemParam.write(apiProblem(error, response))}`)
  redirect('/responses/erased')
}
