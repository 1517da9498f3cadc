import React from 'react'

/** PLACEHOLDER (site-comments builds it): "Sign in" for guests, the reader's name and "Sign out" once signed in. */
export const AccountNav = () => <a href="/sign-in">Sign in</a>
