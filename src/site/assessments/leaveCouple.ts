'use server'

import { redirect } from 'next/navigation.js'

import { siteApi } from '../siteApi.js'
import { apiProblem } from './apiProblem.js'
import { privateLinks } from './privateLinks.js'
import { problemParam } from './problemParam.js'
import { tokenHeaders } from './tokenHeaders.js'

/** A partner, having confirmed, leaves the couple (closing its report for both) and goes back to their result. */
export const leaveCouple = async (form: FormData): Promise<void> => {
  const id = String(form.get('response') ?? '')
  const token = String(form.get('token') ?? '')
  const couple = String(form.get('couple') ?? '')
  const api = await siteApi()
  const { data, error, response } = await api.POST('/api/couples/{id}/leave', {
    headers: tokenHeaders(token),
    params: { path: { id: couple } },
  })
  if (!data)
    redirect(
      `${privateLinks.leave(couple, id, token)}&problem=${problemParam.write(apiProblem(error, response))}`,
    )
  redirect(`${privateLinks.result(id, token)}&left=1`)
}
