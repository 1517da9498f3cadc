'use server'

import { redirect } from 'next/navigation.js'

import type { AccountFormState } from './AccountFormState.js'

import { siteApi } from '../siteApi.js'
import { formText } from './formText.js'
import { refusalOf } from './refusalOf.js'

/**
 * Registers through `POST /api/readers`. Its answer is the same for a new address and a taken one (the owner is
 * emailed instead), so this page cannot tell anyone which addresses have accounts either.
 */
export const signUp = async (_state: AccountFormState, form: FormData): Promise<AccountFormState> => {
  const values = { displayName: formText(form, 'displayName'), email: formText(form, 'email') }
  const api = await siteApi()
  // No session is needed to register; a stale one would only make this a cookie write the API refuses.
  const { error, response } = await api.POST('/api/readers', {
    body: {
      ...values,
      'confirm-password': formText(form, 'confirm-password'),
      password: formText(form, 'password'),
    },
    headers: { cookie: null },
  })
  if (error) return { ...refusalOf(response, error), values }
  redirect('/sign-up?sent=1')
}
