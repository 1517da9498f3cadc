import React from 'react'

import { confirmEmail } from '../../../site/accounts/confirmEmail.js'
import { waitTime } from '../../../site/accounts/waitTime.js'
import { privatePageMetadata } from '../../../site/assessments/privatePageMetadata.js'

export const dynamic = 'force-dynamic'
export const metadata = privatePageMetadata('Confirm your email')

type Query = { confirmed?: string; failed?: string; retry?: string; token?: string }

/**
 * `/verify?token=…`, the link in the verification email. Opening it changes nothing: mail scanners and link
 * previews fetch it too, and would spend the single-use token. The reader confirms with the button (a server
 * action, so it works without JavaScript), and lands on `?confirmed=1` or `?failed=1`.
 */
const VerifyPage = async ({ searchParams }: { searchParams: Promise<Query> }) => {
  const { confirmed, failed, retry, token } = await searchParams
  if (confirmed === '1')
    return (
      <>
        <h1>Your email is confirmed</h1>
        <p>
          Your email is confirmed — <a href="/sign-in">sign in</a>
        </p>
      </>
    )
  if (typeof token === 'string' && token && failed !== '1')
    return (
      <>
        <h1>Confirm your email</h1>
        {retry === undefined ? null : (
          <p className="form-message" role="alert">
            Too many attempts. Please wait {waitTime(retry)} and try again.
          </p>
        )}
        <p>Press the button to confirm this email address for your account.</p>
        <form action={confirmEmail}>
          <input name="token" type="hidden" value={token} />
          <button type="submit">Confirm my email</button>
        </form>
      </>
    )
  return (
    <>
      <h1>We could not confirm your email</h1>
      <p>
        {failed === '1'
          ? 'This link was already used or is not valid. If your email is confirmed, you can sign in.'
          : 'This link is incomplete. Open the link from the email exactly as it is.'}
      </p>
      <p>
        <a href="/sign-in">Sign in</a> · <a href="/sign-up">Create an account</a>
      </p>
    </>
  )
}

export default VerifyPage
