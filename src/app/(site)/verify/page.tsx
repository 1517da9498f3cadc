import type { Metadata } from 'next'

import React from 'react'

import { siteApi } from '../../../site/siteApi.js'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Confirm your email' }

/** `/verify?token=…`, the link in the verification email: confirms the address through the API. */
const VerifyPage = async ({ searchParams }: { searchParams: Promise<{ token?: string }> }) => {
  const { token } = await searchParams
  let problem = 'This link is incomplete. Open the link from the email exactly as it is.'
  if (typeof token === 'string' && token) {
    const api = await siteApi()
    const { error } = await api.POST('/api/readers/verify/{token}', {
      headers: { cookie: null },
      params: { path: { token } },
    })
    if (!error)
      return (
        <>
          <h1>Your email is confirmed</h1>
          <p>
            Your email is confirmed — <a href="/sign-in">sign in</a>
          </p>
        </>
      )
    problem = 'This link was already used or is not valid. If your email is confirmed, you can sign in.'
  }
  return (
    <>
      <h1>We could not confirm your email</h1>
      <p>{problem}</p>
      <p>
        <a href="/sign-in">Sign in</a> · <a href="/sign-up">Create an account</a>
      </p>
    </>
  )
}

export default VerifyPage
