'use server'

import { redirect } from 'next/navigation.js'

import type { AccountFormState } from './AccountFormState.js'

import { siteApi } from '../siteApi.js'
import { formText } from './formText.js'
import { refusalOf } from './refusalOf.js'
import { relaySessionCookies } from './relaySessionCookies.js'
import { safeReturnPath } from './safeReturnPath.js'

const unverified = 'Your email is not confirmed yet. Open the link in the email we sent you, then sign in.'

/**
 * Signs in through `POST /api/readers/login` and hands the browser the session cookie the API set, then returns
 * to `next` (a path on this site only). Wrong passwords, unconfirmed emails and throttling get the API's answers.
 */
export const signIn = async (_state: AccountFormState, form: FormData): Promise<AccountFormState> => {
  const values = { email: formText(form, 'email'), next: formText(form, 'next') }
  const api = await siteApi()
  // Signing in needs no session; a stale cookie sent along would make the API refuse a cookie write.
  const { error, response } = await api.POST('/api/readers/login', {
    body: { email: values.email, password: formText(form, 'password') },
    headers: { cookie: null },
  })
  if (error) {
    if (response.status === 403) return { fields: {}, message: unverified, values }
    return { ...refusalOf(response, error), values }
  }
  await relaySessionCookies(response)
  redirect(safeReturnPath(values.next))
}
