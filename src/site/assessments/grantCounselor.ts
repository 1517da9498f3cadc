'use server'

import { redirect } from 'next/navigation.js'

import { siteApi } from '../siteApi.js'
import { apiProblem } from './apiProblem.js'
import { privateLinks } from './privateLinks.js'
import { problemParam } from './problemParam.js'
import { tokenHeaders } from './tokenHeaders.js'

/**
 * The respondent, having confirmed the name, lets the counselor whose share code they were given read this result,
 * until revoked.
 */
export const grantCounselor = async (form: FormData): Promise<void> => {
  const id = String(form.get('response') ?? '')
  const token = String(form.get('token') ?? '')
  const code = String(form.get('code') ?? '').trim()
  const api = await siteApi()
  const { data, error, response } = await api.POST('/api/responses/{id}/grants', {
    body: { code },
    headers: tokenHeaders(token),
    params: { path: { id } },
  })
  const back = privateLinks.result(id, token)
  if (!data) redirect(`${back}&problem=${problemParam.write(apiProblem(error, response))}#counselor`)
  redirect(`${back}#counselor`)
}
