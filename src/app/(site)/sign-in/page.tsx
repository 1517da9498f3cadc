import type { Metadata } from 'next'

import React from 'react'

import { AccountForm } from '../../../site/accounts/AccountForm.js'
import { safeReturnPath } from '../../../site/accounts/safeReturnPath.js'
import { signIn } from '../../../site/accounts/signIn.js'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Sign in' }

/** `/sign-in?next=/path`: a reader signs in and returns to `next` (a path on this site only). */
const SignInPage = async ({ searchParams }: { searchParams: Promise<{ next?: string; reset?: string }> }) => {
  const { next, reset } = await searchParams
  return (
    <>
      <h1>Sign in</h1>
      {reset ? <p role="status">Your password is changed. Sign in with your new password.</p> : null}
      <AccountForm
        action={signIn}
        fields={[
          { autoComplete: 'email', label: 'Email', name: 'email', type: 'email' },
          { autoComplete: 'current-password', label: 'Password', name: 'password', type: 'password' },
        ]}
        hidden={{ next: safeReturnPath(next) }}
        submit="Sign in"
      />
      <p>
        <a href="/forgot-password">Forgot your password?</a> · New here?{' '}
        <a href="/sign-up">Create an account</a>
      </p>
    </>
  )
}

export default SignInPage
