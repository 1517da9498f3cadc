import type { Metadata } from 'next'

import React from 'react'

import { AccountForm } from '../../../site/accounts/AccountForm.js'
import { askPasswordReset } from '../../../site/accounts/askPasswordReset.js'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Forgot your password' }

/** `/forgot-password`: asks for a reset link; the answer is the same whether or not the address has an account. */
const ForgotPasswordPage = async ({ searchParams }: { searchParams: Promise<{ sent?: string }> }) => {
  if ((await searchParams).sent)
    return (
      <>
        <h1>Check your email</h1>
        <p role="status">
          If an account uses that address, we have emailed it a link to choose a new password. The link works
          for one hour.
        </p>
      </>
    )
  return (
    <>
      <h1>Forgot your password?</h1>
      <p>Tell us your email and we will send you a link to choose a new password.</p>
      <AccountForm
        action={askPasswordReset}
        fields={[{ autoComplete: 'email', label: 'Email', name: 'email', type: 'email' }]}
        submit="Email me a link"
      />
    </>
  )
}

export default ForgotPasswordPage
