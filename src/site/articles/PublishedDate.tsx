import React from 'react'

// In UTC so every server of a cluster writes the same day for the same article.
const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' })

/** When an article was published, as a `<time>` with the machine-readable instant; nothing for a missing date. */
export const PublishedDate = ({ value }: { value: null | string | undefined }) => {
  const date = value ? new Date(value) : undefined
  if (!date || Number.isNaN(date.getTime())) return null
  return <time dateTime={date.toISOString()}>{format.format(date)}</time>
}
