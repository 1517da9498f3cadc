import React from 'react'

/**
 * The private link to a response, shown where the reader can copy it, with how to keep it. The address is
 * absolute on this site (SERVER_URL when set) so it can be pasted into a note or an email to oneself.
 */
export const PrivateLink = ({ href, saved }: { href: string; saved?: boolean }) => {
  const absolute = `${(process.env.SERVER_URL ?? '').replace(/\/$/, '')}${href}`
  return (
    <aside aria-labelledby="private-link-heading" className="private-link">
      <h2 id="private-link-heading">{saved ? 'Saved. Your private link' : 'Your private link'}</h2>
      <p>
        This link is the only key to your answers: keep it to come back and finish, or to see your result
        later. Bookmark it or copy it somewhere private. Anyone who has it can open your answers, so do not
        share it.
      </p>
      <p>
        <a className="private-link-address" href={href}>
          {absolute}
        </a>
      </p>
    </aside>
  )
}
