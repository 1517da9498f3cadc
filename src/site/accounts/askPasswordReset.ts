'use server'

import { redirect } from 'next/navigation.js'

import type { AccountFormState } from './AccountFormState.js'

import { siteApi } from '../siteApi.js'
import { formText } from './formText.js'
import { refusalOf } from './refusalOf.js'

/**
 * Asks `POST /api/readers/forgot-password` for a reset link. The API answers alike for every address, and so does
 * this page: only a malformed address or throttling is shown.
 */
export const askPasswordReset = async (
  _state: AccountFormState,
  form: FormData,
): Promise<AccountFormState> => {
  const values = { email: formText(form, 'email') }
  const api = await siteApi()
  const { error, response } = await api.POST('/api/readers/forgot-password', {
    body: values,
    headers: { cookie: null },
  })
  if (error) return { ...refusalOf(response, error), values }
  redirect('/forgot-password?sent=1')
}
