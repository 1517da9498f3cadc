import React from 'react'

import { invitePartner } from './invitePartner.js'
import { privateLinks } from './privateLinks.js'

type Props = { couple: null | string; invitation?: string; response: string; slug: string; token: string }

/**
 * Taking it as a couple, from one's own result: the button that makes an invitation link (and the link once
 * made), and once a couple exists, the way to its report.
 */
export const PartnerPanel = ({ couple, invitation, response, slug, token }: Props) => {
  const invitationHref = invitation ? privateLinks.invitation(slug, invitation) : undefined
  return (
    <section aria-labelledby="partner-heading" className="partner-panel" id="partner">
      <h2 id="partner-heading">Take it as a couple</h2>
      <p>
        Invite your partner: they answer on their own, in their own browser. If you both agree, you each see a
        couple report with both your scores side by side — never each other&apos;s answers.
      </p>
      {invitationHref ? (
        <div className="notice">
          <p>Send your partner this invitation link. It works once, and expires after a while if unused:</p>
          <p>
            <a className="invitation-link" href={invitationHref}>
              {`${(process.env.SERVER_URL ?? '').replace(/\/$/, '')}${invitationHref}`}
            </a>
          </p>
        </div>
      ) : null}
      <form action={invitePartner}>
        <input name="response" type="hidden" value={response} />
        <input name="token" type="hidden" value={token} />
        <button className={couple ? 'secondary' : undefined} type="submit">
          {invitationHref ? 'Make a new invitation link' : 'Invite my partner'}
        </button>
      </form>
      {couple ? (
        <p>
          <a href={privateLinks.couple(couple, response, token)}>Open our couple report</a>
        </p>
      ) : null}
    </section>
  )
}
