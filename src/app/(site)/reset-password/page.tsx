import React from 'react'

import { AccountForm } from '../../../site/accounts/AccountForm.js'
import { resetPassword } from '../../../site/accounts/resetPassword.js'
import { privatePageMetadata } from '../../../site/assessments/privatePageMetadata.js'

export const dynamic = 'force-dynamic'
export const metadata = privatePageMetadata('Choose a new password')

/**
 * `/reset-password?token=…`, the link in the reset email: a new password, twice. Opening it only shows the form
 * (a mail scanner that fetches the link spends nothing); the token is used when the form is posted.
 */
const ResetPasswordPage = async ({ searchParams }: { searchParams: Promise<{ token?: string }> }) => {
  const { token } = await searchParams
  if (typeof token !== 'string' || !token)
    return (
      <>
        <h1>Choose a new password</h1>
        <p>
          This link is incomplete. Open the link from the email exactly as it is, or{' '}
          <a href="/forgot-password">ask for a new one</a>.
        </p>
      </>
    )
  return (
    <>
      <h1>Choose a new password</h1>
      <AccountForm
        action={resetPassword}
        fields={[
          { autoComplete: 'new-password', label: 'New password', name: 'password', type: 'password' },
          {
            autoComplete: 'new-password',
            label: 'Confirm new password',
            name: 'confirm-password',
            type: 'password',
          },
        ]}
        hidden={{ token }}
        submit="Set new password"
      />
    </>
  )
}

export default ResetPasswordPage
