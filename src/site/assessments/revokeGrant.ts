'use server'

import { redirect } from 'next/navigation.js'

import { siteApi } from '../siteApi.js'
import { apiProblem } from './apiProblem.js'
import { privateLinks } from './privateLinks.js'
import { problemParam } from './problemParam.js'
import { tokenHeaders } from './tokenHeaders.js'

/** The respondent ends a counselor's access to this result. */
export const revokeGrant = async (form: FormData): Promise<void> => {
  const id = String(form.get('response') ?? '')
  const token = String(form.get('token') ?? '')
  const grantId = String(form.get('grant') ?? '')
  const api = await siteApi()
  const { data, error, response } = await api.DELETE('/api/responses/{id}/grants/{grantId}', {
    headers: tokenHeaders(token),
    params: { path: { grantId, id } },
  })
  const back = privateLinks.result(id, token)
  if (!data) redirect(`${back}&problem=${problemParam.write(apiProblem(error, response))}#counselor`)
  redirect(`${back}#counselor`)
}
