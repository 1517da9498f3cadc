import type { Metadata } from 'next'

import React from 'react'

import { AccountForm } from '../../../site/accounts/AccountForm.js'
import { signUp } from '../../../site/accounts/signUp.js'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Create an account' }

/** `/sign-up`: a reader account (display name, email, password twice); `?sent=1` once the API took it. */
const SignUpPage = async ({ searchParams }: { searchParams: Promise<{ sent?: string }> }) => {
  if ((await searchParams).sent)
    return (
      <>
        <h1>Check your email</h1>
        <p role="status">
          Check your email to confirm your account. Open the link in it, then <a href="/sign-in">sign in</a>.
        </p>
      </>
    )
  return (
    <>
      <h1>Create an account</h1>
      <p>With an account you comment under your name and keep your check-in results in one place.</p>
      <AccountForm
        action={signUp}
        fields={[
          {
            autoComplete: 'nickname',
            hint: 'Shown beside your comments. Your email never is.',
            label: 'Display name',
            name: 'displayName',
            type: 'text',
          },
          { autoComplete: 'email', label: 'Email', name: 'email', type: 'email' },
          { autoComplete: 'new-password', label: 'Password', name: 'password', type: 'password' },
          {
            autoComplete: 'new-password',
            label: 'Confirm password',
            name: 'confirm-password',
            type: 'password',
          },
        ]}
        submit="Create account"
      />
      <p>
        Already have an account? <a href="/sign-in">Sign in</a>
      </p>
    </>
  )
}

export default SignUpPage
