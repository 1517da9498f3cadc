'use server'

import { redirect } from 'next/navigation.js'

import type { AccountFormState } from './AccountFormState.js'

import { siteApi } from '../siteApi.js'
import { formText } from './formText.js'
import { refusalOf } from './refusalOf.js'

/**
 * Sets a new password through `POST /api/readers/reset-password` with the emailed token, then sends the reader to
 * sign in with it. The API takes one password; that both copies match is checked here, as the form asks twice.
 */
export const resetPassword = async (_state: AccountFormState, form: FormData): Promise<AccountFormState> => {
  const token = formText(form, 'token')
  const password = formText(form, 'password')
  const values = { token }
  if (password !== formText(form, 'confirm-password'))
    return { fields: { 'confirm-password': 'Does not match the password.' }, values }
  const api = await siteApi()
  const { error, response } = await api.POST('/api/readers/reset-password', {
    body: { password, token },
    headers: { cookie: null },
  })
  if (error) return { ...refusalOf(response, error), values }
  redirect('/sign-in?reset=1')
}
