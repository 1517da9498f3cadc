'use server'

import { redirect } from 'next/navigation.js'

import { siteApi } from '../siteApi.js'
import { apiProblem } from './apiProblem.js'
import { privateLinks } from './privateLinks.js'
import { problemParam } from './problemParam.js'
import { tokenHeaders } from './tokenHeaders.js'

/**
 * A partner agrees to share the couple report, or withdraws (which closes it for both), then sees the report page,
 * which reads the consent back from the API and says the choice was saved (`shared=`).
 */
export const shareReport = async (form: FormData): Promise<void> => {
  const id = String(form.get('response') ?? '')
  const token = String(form.get('token') ?? '')
  const couple = String(form.get('couple') ?? '')
  const share = form.get('share') === 'true'
  const api = await siteApi()
  const { data, error, response } = await api.POST('/api/responses/{id}/consent', {
    body: { share },
    headers: tokenHeaders(token),
    params: { path: { id } },
  })
  const back = privateLinks.couple(couple, id, token)
  if (!data) redirect(`${back}&problem=${problemParam.write(apiProblem(error, response))}`)
  redirect(`${back}&shared=${data.share ? '1' : '0'}`)
}
