import type { Metadata } from 'next'

import React from 'react'

export const metadata: Metadata = { robots: { follow: false, index: false }, title: 'Response erased' }

/** Where erasing a response ends: its private link no longer works, so this page holds no id or token. */
const ErasedPage = () => (
  <article className="confirm-page">
    <h1>Your response is erased</h1>
    <p>Your answers and result are deleted, and their private link no longer works.</p>
    <p>
      <a href="/">Back to the home page</a>
    </p>
  </article>
)

export default ErasedPage
