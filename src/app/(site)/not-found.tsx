import React from 'react'

const NotFound = () => (
  <>
    <h1>Page not found</h1>
    <p>
      There is nothing at this address. <a href="/">See the articles</a>.
    </p>
  </>
)

export default NotFound
