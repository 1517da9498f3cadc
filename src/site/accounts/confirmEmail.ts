'use server'

import { redirect } from 'next/navigation.js'

import { siteApi } from '../siteApi.js'
import { formText } from './formText.js'

/**
 * Confirms an address through `POST /api/readers/verify/:token` when the reader presses the button on `/verify`:
 * opening the emailed link only shows that button, so a mail scanner that fetches links spends no token. Then
 * Post/Redirect/Get to an answer that holds no token; a 429 goes back to the button with the wait.
 */
export const confirmEmail = async (form: FormData): Promise<void> => {
  const token = formText(form, 'token')
  const api = await siteApi()
  const { error, response } = await api.POST('/api/readers/verify/{token}', {
    headers: { cookie: null },
    params: { path: { token } },
  })
  if (!error) redirect('/verify?confirmed=1')
  if (response.status === 429)
    redirect(`/verify?${new URLSearchParams({ retry: response.headers.get('retry-after') ?? '', token })}`)
  redirect('/verify?failed=1')
}
