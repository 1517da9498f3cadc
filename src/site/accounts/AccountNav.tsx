import React from 'react'

import { readSignedInReader } from './readSignedInReader.js'
import { signOut } from './signOut.js'

/** The header's account links: "Sign in" and "Create an account", or the signed-in reader's name and "Sign out". */
export const AccountNav = async () => {
  const reader = await readSignedInReader()
  if (!reader)
    return (
      <>
        <a href="/sign-in">Sign in</a>
        <a href="/sign-up">Create an account</a>
      </>
    )
  return (
    <form action={signOut} className="account-nav">
      <span>Signed in as {reader.displayName}</span>
      <button type="submit">Sign out</button>
    </form>
  )
}
