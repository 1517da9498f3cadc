'use server'

import { redirect } from 'next/navigation.js'

import { siteApi } from '../siteApi.js'
import { apiProblem } from './apiProblem.js'
import { privateLinks } from './privateLinks.js'
import { problemParam } from './problemParam.js'
import { tokenHeaders } from './tokenHeaders.js'

/**
 * "Invite my partner": asks the API for a single-use invitation code and shows the result page again with the
 * invitation link to pass on (the code is shown once; a new click makes a new one).
 */
export const invitePartner = async (form: FormData): Promise<void> => {
  const id = String(form.get('response') ?? '')
  const token = String(form.get('token') ?? '')
  const api = await siteApi()
  const { data, error, response } = await api.POST('/api/responses/{id}/invitation', {
    headers: tokenHeaders(token),
    params: { path: { id } },
  })
  const back = privateLinks.result(id, token)
  if (!data) redirect(`${back}&problem=${problemParam.write(apiProblem(error, response))}#partner`)
  redirect(`${back}&${new URLSearchParams({ invitation: data.code })}#partner`)
}
